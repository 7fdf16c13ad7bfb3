import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { ipcMain } from 'electron'
import { channels, desktopChannels, pathChannels } from '../../../shared/channels'
import type { DesktopHandlers } from '../../../electron/main/desktopChannels'
import { registerIpc } from '../../../electron/main/ipc'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const indexUrl = 'app://app/index.html'
type Handler = (event: unknown, payload: unknown) => Promise<unknown>

const page = { senderFrame: { url: indexUrl } }

function register() {
  const service = { dispatch: vi.fn(async () => ({ ok: true as const, value: 'done' })) }
  const done = async () => ({ ok: true as const, value: { done: true } })
  const desktop = {
    'reports/saveDialog': vi.fn(async () => ({ ok: true as const, value: { path: '/tmp/a.csv' } })),
    'files/create': vi.fn(done),
    'files/open': vi.fn(done),
    'files/openRecent': vi.fn(done),
    'files/saveAs': vi.fn(done),
    'files/importJson': vi.fn(done),
    'files/restoreBackup': vi.fn(done),
  } satisfies DesktopHandlers
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
    const saveDialog = handlers.get('reports/saveDialog')
    expect(await saveDialog?.(page, { jobId: 'j1' })).toEqual({
      ok: true,
      value: { path: '/tmp/a.csv' },
    })
    expect(desktop['reports/saveDialog']).toHaveBeenCalledWith({ jobId: 'j1' })
    expect(await saveDialog?.(page, { jobId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', problems: [{ path: 'jobId' }] },
    })
    expect(desktop['reports/saveDialog']).toHaveBeenCalledTimes(1)
    expect(service.dispatch).not.toHaveBeenCalled()
  })

  it('passes the files/* requests to main, which never takes a path from the page', async () => {
    const { desktop, handlers } = register()
    expect(await handlers.get('files/openRecent')?.(page, { index: 2 })).toEqual({
      ok: true,
      value: { done: true },
    })
    expect(desktop['files/openRecent']).toHaveBeenCalledWith({ index: 2 })
    // A path the page slips in is dropped by the schema: main never sees it.
    await handlers.get('files/open')?.(page, { path: '/etc/passwd' })
    expect(desktop['files/open']).toHaveBeenCalledWith({})
  })

  it("passes our page's calls to the service, whatever route its fragment shows", async () => {
    const { service, handlers } = register()
    const event = { senderFrame: { url: `${indexUrl}#/scenarios` } }
    const reply = await handlers.get('workspace/recent')?.(event, {})
    expect(reply).toEqual({ ok: true, value: 'done' })
    expect(service.dispatch).toHaveBeenCalledWith('workspace/recent', {})
  })

  it.each(pathChannels)(
    'refuses %s from our own page: the page may not name files',
    async (channel) => {
      const { service, desktop, handlers } = register()
      const reply = await handlers.get(channel)?.(page, { path: '/home/ana/a.marginplan' })
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringContaining('may not name files') },
      })
      expect(service.dispatch).not.toHaveBeenCalled()
      for (const handler of Object.values(desktop)) expect(handler).not.toHaveBeenCalled()
    },
  )

  it.each([
    [
      'the old file:// page',
      { senderFrame: { url: pathToFileURL('/app/dist/renderer/index.html').href } },
    ],
    ['another app:// page', { senderFrame: { url: 'app://app/other.html' } }],
    ['another app:// host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a web page', { senderFrame: { url: 'https://example.com/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses a call from %s without calling the service or main', async (_name, event) => {
    const { service, desktop, handlers } = register()
    for (const channel of ['workspace/current', 'reports/saveDialog', 'files/open']) {
      const reply = await handlers.get(channel)?.(event, { jobId: 'j1' })
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    }
    expect(service.dispatch).not.toHaveBeenCalled()
    expect(desktop['reports/saveDialog']).not.toHaveBeenCalled()
    expect(desktop['files/open']).not.toHaveBeenCalled()
  })
})
