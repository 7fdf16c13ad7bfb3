import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dialog, type BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Envelope } from '../../../shared/api'
import { fileHandlers } from '../../../electron/main/fileChannels'
import { createWorkspaceFiles } from '../../../electron/main/workspaceFileCommands'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const window = {} as BrowserWindow
const snapshot = (path: string) => ({
  ok: true as const,
  value: { path, doc: {}, revision: 3, access: { mode: 'edit' } },
})
const lockedError = {
  ok: false as const,
  error: {
    code: 'locked' as const,
    message: 'Q3.marginplan is open for editing in another window (pid 4242).',
    problems: [],
  },
}

type Answer = (payload: Record<string, unknown>) => Envelope<unknown>

/** The service as a table of answers; every call is recorded in `dispatch`. */
function setUp(answers: Record<string, Answer> = {}) {
  const dispatch = vi.fn(async (channel: unknown, payload: unknown): Promise<Envelope<unknown>> => {
    const answer = answers[channel as string]
    if (answer) return answer(payload as Record<string, unknown>)
    if (channel === 'workspace/current') return snapshot('/home/ana/Plans/Q3.marginplan')
    if (channel === 'backups/list') return { ok: true, value: { backups: [] } }
    return snapshot((payload as { path: string }).path)
  })
  const onSwitched = vi.fn()
  const files = createWorkspaceFiles({ service: { dispatch }, window, onSwitched })
  return { handlers: fileHandlers(files), dispatch, onSwitched }
}

const chooseSave = (filePath: string) =>
  vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: false, filePath })
const chooseOpen = (filePath: string) =>
  vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [filePath] })
const lockedChoice = (response: number) =>
  vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response, checkboxChecked: false })
/** Dialogs are opened with (window, options); the options say what the person was asked. */
const saveDialogOptions = () =>
  (vi.mocked(dialog.showSaveDialog).mock.calls[0] as unknown[] | undefined)?.[1]
const channelsCalled = (dispatch: ReturnType<typeof setUp>['dispatch']) =>
  dispatch.mock.calls.map(([channel]) => channel)

beforeEach(() => {
  vi.mocked(dialog.showSaveDialog).mockReset()
  vi.mocked(dialog.showOpenDialog).mockReset()
  vi.mocked(dialog.showMessageBox).mockReset()
})

describe('files/* channels: main asks with a native dialog, then calls the service', () => {
  it('files/create asks where, then creates the template there and switches', async () => {
    chooseSave('/home/ana/Plans/Board')
    const { handlers, dispatch, onSwitched } = setUp()
    expect(await handlers['files/create']({ template: 'demo' })).toEqual({
      ok: true,
      value: { done: true },
    })
    expect(saveDialogOptions()).toMatchObject({
      title: 'New workspace',
      filters: [{ extensions: ['marginplan'] }],
    })
    expect(dispatch).toHaveBeenCalledWith('workspace/create', {
      path: '/home/ana/Plans/Board.marginplan',
      template: 'demo',
      // The native save dialog already asked before replacing a file.
      overwrite: true,
    })
    expect(onSwitched).toHaveBeenCalledTimes(1)
  })

  it('a cancelled dialog answers done: false and calls nothing', async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({ canceled: true, filePath: '' })
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: true, filePaths: [] })
    const { handlers, dispatch, onSwitched } = setUp()
    const notDone = { ok: true, value: { done: false } }
    expect(await handlers['files/create']({ template: 'blank' })).toEqual(notDone)
    expect(await handlers['files/open']({})).toEqual(notDone)
    expect(await handlers['files/importJson']({})).toEqual(notDone)
    expect(await handlers['files/restoreBackup']({ id: 'b1' })).toEqual(notDone)
    expect(await handlers['files/saveAs']({})).toEqual(notDone)
    const pathCalls = ['workspace/create', 'workspace/open', 'workspace/importJson']
    for (const channel of [...pathCalls, 'workspace/saveAs', 'backups/restore']) {
      expect(channelsCalled(dispatch)).not.toContain(channel)
    }
    expect(onSwitched).not.toHaveBeenCalled()
  })

  it('files/open opens the chosen file for editing', async () => {
    chooseOpen('/home/ana/Plans/Q3.marginplan')
    const { handlers, dispatch, onSwitched } = setUp()
    expect(await handlers['files/open']({})).toEqual({ ok: true, value: { done: true } })
    expect(dispatch).toHaveBeenCalledWith('workspace/open', {
      path: '/home/ana/Plans/Q3.marginplan',
      access: 'edit',
    })
    expect(onSwitched).toHaveBeenCalledTimes(1)
  })

  it('files/openRecent opens the index-th recent path, and refuses an index past the list', async () => {
    const recent = ['/plans/a.marginplan', '/plans/b.marginplan']
    const { handlers, dispatch } = setUp({
      'workspace/recent': () => ({ ok: true, value: { paths: recent } }),
    })
    expect(await handlers['files/openRecent']({ index: 1 })).toEqual({
      ok: true,
      value: { done: true },
    })
    expect(dispatch).toHaveBeenLastCalledWith('workspace/open', {
      path: '/plans/b.marginplan',
      access: 'edit',
    })
    dispatch.mockClear()
    expect(await handlers['files/openRecent']({ index: 2 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(channelsCalled(dispatch)).toEqual(['workspace/recent'])
  })

  it('files/saveAs replaces a file the native dialog already asked about (overwrite: true)', async () => {
    chooseSave('/home/ana/Plans/Q3 copy.marginplan')
    const { handlers, dispatch } = setUp()
    expect(await handlers['files/saveAs']({})).toEqual({ ok: true, value: { done: true } })
    expect(saveDialogOptions()).toMatchObject({
      defaultPath: '/user/documents/Q3 copy.marginplan',
    })
    expect(dispatch).toHaveBeenLastCalledWith('workspace/saveAs', {
      path: '/home/ana/Plans/Q3 copy.marginplan',
      overwrite: true,
    })
  })

  it('files/importJson reads the chosen JSON in main and imports it where the person saves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amp-files-'))
    const doc = { format: 'ai-margin-workspace', version: 1, name: 'Board' }
    writeFileSync(join(dir, 'board.json'), JSON.stringify(doc))
    chooseOpen(join(dir, 'board.json'))
    chooseSave(join(dir, 'board.marginplan'))
    const { handlers, dispatch } = setUp()
    expect(await handlers['files/importJson']({})).toEqual({ ok: true, value: { done: true } })
    expect(dispatch).toHaveBeenLastCalledWith('workspace/importJson', {
      path: join(dir, 'board.marginplan'),
      doc,
      overwrite: true,
    })
  })

  it('files/importJson answers a file that is not JSON as an error, asking nothing more', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'amp-files-'))
    writeFileSync(join(dir, 'broken.json'), '{ "name": ')
    chooseOpen(join(dir, 'broken.json'))
    const { handlers, dispatch } = setUp()
    expect(await handlers['files/importJson']({})).toMatchObject({
      ok: false,
      error: { code: 'invalid-document', message: expect.stringContaining('broken.json') },
    })
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('files/restoreBackup asks a save path, suggesting the workspace name, then restores there', async () => {
    chooseSave('/home/ana/Plans/Restored.marginplan')
    const backup = { id: 'b7', workspaceName: 'Q3: board', name: null }
    const { handlers, dispatch } = setUp({
      'backups/list': () => ({ ok: true, value: { backups: [backup] } }),
    })
    expect(await handlers['files/restoreBackup']({ id: 'b7' })).toEqual({
      ok: true,
      value: { done: true },
    })
    expect(saveDialogOptions()).toMatchObject({
      defaultPath: '/user/documents/Q3- board (restored).marginplan',
    })
    expect(dispatch).toHaveBeenLastCalledWith('backups/restore', {
      id: 'b7',
      path: '/home/ana/Plans/Restored.marginplan',
      overwrite: true,
    })
  })

  it("passes on the service's refusal, without switching", async () => {
    chooseSave('/home/ana/Plans/Taken.marginplan')
    const exists = {
      ok: false as const,
      error: { code: 'exists' as const, message: 'Taken.marginplan already exists', problems: [] },
    }
    const { handlers, onSwitched } = setUp({ 'workspace/create': () => exists })
    expect(await handlers['files/create']({ template: 'blank' })).toEqual(exists)
    expect(onSwitched).not.toHaveBeenCalled()
  })
})

describe('a file another process holds for editing', () => {
  /** workspace/open refuses `edit` with `locked`, and opens with any other access. */
  const lockedService = () =>
    setUp({
      'workspace/open': (payload) =>
        payload.access === 'edit' ? lockedError : snapshot(payload.path as string),
    })

  it('asks: Open read-only, Take over editing or Cancel, with the service’s message', async () => {
    chooseOpen('/home/ana/Plans/Q3.marginplan')
    lockedChoice(2)
    const { handlers } = lockedService()
    await handlers['files/open']({})
    expect(vi.mocked(dialog.showMessageBox).mock.calls[0]).toEqual([
      window,
      expect.objectContaining({
        message: lockedError.error.message,
        buttons: ['Open read-only', 'Take over editing', 'Cancel'],
        cancelId: 2,
      }),
    ])
  })

  it.each([
    [0, 'read-only'],
    [1, 'take-over'],
  ] as const)('choice %i opens it again with access %s', async (response, access) => {
    chooseOpen('/home/ana/Plans/Q3.marginplan')
    lockedChoice(response)
    const { handlers, dispatch, onSwitched } = lockedService()
    expect(await handlers['files/open']({})).toEqual({ ok: true, value: { done: true } })
    expect(dispatch.mock.calls.filter(([channel]) => channel === 'workspace/open')).toEqual([
      ['workspace/open', { path: '/home/ana/Plans/Q3.marginplan', access: 'edit' }],
      ['workspace/open', { path: '/home/ana/Plans/Q3.marginplan', access }],
    ])
    expect(onSwitched).toHaveBeenCalledTimes(1)
  })

  it('Cancel (or closing the box) leaves the open workspace as it is', async () => {
    const { handlers, dispatch, onSwitched } = setUp({
      'workspace/recent': () => ({ ok: true, value: { paths: ['/plans/held.marginplan'] } }),
      'workspace/open': () => lockedError,
    })
    lockedChoice(2)
    expect(await handlers['files/openRecent']({ index: 0 })).toEqual({
      ok: true,
      value: { done: false },
    })
    expect(channelsCalled(dispatch).filter((c) => c === 'workspace/open')).toHaveLength(1)
    expect(onSwitched).not.toHaveBeenCalled()
  })

  it('does not ask when the file fails for another reason', async () => {
    chooseOpen('/home/ana/Plans/gone.marginplan')
    const missing = {
      ok: false as const,
      error: {
        code: 'not-found' as const,
        message: 'gone.marginplan does not exist',
        problems: [],
      },
    }
    const { handlers } = setUp({ 'workspace/open': () => missing })
    expect(await handlers['files/open']({})).toEqual(missing)
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
  })
})
