import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { ipcMain } from 'electron'
import { channels } from '../../../shared/api'
import { registerIpc } from '../../../electron/main/ipc'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const indexUrl = pathToFileURL('/app/dist/renderer/index.html').href
type Handler = (event: unknown, payload: unknown) => Promise<unknown>

function register() {
  const service = { dispatch: vi.fn(async () => ({ ok: true as const, value: 'done' })) }
  vi.mocked(ipcMain.handle).mockClear()
  registerIpc(service, indexUrl)
  const handlers = new Map(
    vi.mocked(ipcMain.handle).mock.calls.map(([channel, handler]) => [channel, handler as Handler]),
  )
  return { service, handlers }
}

describe('IPC registration', () => {
  it('registers every API channel with ipcMain.handle, once', () => {
    const { handlers } = register()
    expect([...handlers.keys()].sort()).toEqual([...channels].sort())
    expect(vi.mocked(ipcMain.handle)).toHaveBeenCalledTimes(channels.length)
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
  ])('refuses a call from %s without calling the service', async (_name, event) => {
    const { service, handlers } = register()
    const reply = await handlers.get('workspace/current')?.(event, {})
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(service.dispatch).not.toHaveBeenCalled()
  })
})
