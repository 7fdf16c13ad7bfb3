import { beforeAll, describe, expect, it, vi } from 'vitest'
import { contextBridge, ipcRenderer } from 'electron'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

type Bridge = { invoke(channel: unknown, payload: unknown): Promise<unknown> }
let bridge: Bridge

beforeAll(async () => {
  await import('../../../electron/preload')
  const [name, api] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0] ?? []
  expect(name).toBe('marginPlanner')
  bridge = api as Bridge
})

describe('the preload bridge', () => {
  it('exposes one API, marginPlanner, with invoke and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(Object.keys(bridge)).toEqual(['invoke'])
  })

  it('forwards an API channel to ipcRenderer.invoke and returns its envelope', async () => {
    const reply = await bridge.invoke('workspace/recent', {})
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('workspace/recent', {})
    expect(reply).toEqual({ ok: true, value: 'from main' })
  })

  it('forwards a desktop-only channel, which main answers', async () => {
    vi.mocked(ipcRenderer.invoke).mockClear()
    await bridge.invoke('reports/saveDialog', { jobId: 'j1' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('reports/saveDialog', { jobId: 'j1' })
  })

  it.each(['shell/openExternal', 'constructor', '__proto__', 42])(
    'refuses %s without touching ipcRenderer',
    async (channel) => {
      vi.mocked(ipcRenderer.invoke).mockClear()
      const reply = await bridge.invoke(channel, {})
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } })
      expect(ipcRenderer.invoke).not.toHaveBeenCalled()
    },
  )
})
