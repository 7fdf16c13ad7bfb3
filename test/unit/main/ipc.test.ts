import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { ipcMain } from 'electron'
import { channels, desktopChannels } from '../../../shared/api'
import { registerIpc } from '../../../electron/main/ipc'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const indexUrl = pathToFileURL('/app/dist/renderer/index.html').href
type Handler = (event: unknown, payload: unknown) => Promise<unknown>

function register() {
  const service = { dispatch: vi.fn(async () => ({ ok: true as const, value: 'done' })) }
  const desktop = {
    'reports/saveDialog': vi.fn(async () => ({ ok: true as const, value: { path: '/tmp/a.csv' } })),
  }
  vi.mocked(ipcMain.handle).mockClear()
  registerIpc(service, desktop, indexUrl)
  const handlers = new Map(
    vi.mocked(ipcMain.handle).mock.calls.map(([channel, handler]) => [channel, handler as Handler]),
  )
  return { service, desktop, handlers }
}

describe('IPC registration', () => {
  it('registers every API and desktop channel with ipcMain.handle, once', () => {
    const { handlers } = register()
    const all = [...channels, ...desktopChannels]
    expect([...handlers.keys()].sort()).toEqual(all.sort())
    expect(vi.mocked(ipcMain.handle)).toHaveBeenCalledTimes(all.length)
  })

  it('answers a desktop channel in main, after checking its payload', async () => {
    const { service, desktop, handlers } = register()
    const event = { senderFrame: { url: indexUrl } }
    const saveDialog = handlers.get('reports/saveDialog')
    expect(await saveDialog?.(event, { jobId: 'j1' })).toEqual({
      ok: true,
      value: { path: '/tmp/a.csv' },
    })
    expect(desktop['reports/saveDialog']).toHaveBeenCalledWith({ jobId: 'j1' })
    expect(await saveDialog?.(event, { jobId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', problems: [{ path: 'jobId' }] },
    })
    expect(desktop['reports/saveDialog']).toHaveBeenCalledTimes(1)
    expect(service.dispatch).not.toHaveBeenCalled()
  })

  it("passes our page's calls to the service, whatever route its fragment shows", async () => {
    const { service, handlers } = register()
    const event = { senderFrame: { url: `${indexUrl}#/scenarios` } }
    const reply = await handlers.get('workspace/open')?.(event, { path: '/tmp/a.marginplan' })
    expect(reply).toEqual({ ok: true, value: 'done' })
    expect(service.dispatch).toHaveBeenCalledWith('workspace/open', { path: '/tmp/a.marginplan' })
  })

  it.each([
    ['another file', { senderFrame: { url: pathToFileURL('/tmp/evil.html').href } }],
    ['a web page', { senderFrame: { url: 'https://example.com/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s without calling the service or main', async (_name, event) => {
    const { service, desktop, handlers } = register()
    for (const channel of ['workspace/current', 'reports/saveDialog']) {
      const reply = await handlers.get(channel)?.(event, { jobId: 'j1' })
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
    expect(service.dispatch).not.toHaveBeenCalled()
    expect(desktop['reports/saveDialog']).not.toHaveBeenCalled()
  })
})
