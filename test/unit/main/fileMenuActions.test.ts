import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dialog, type BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { menuActions } from '../../../electron/main/fileMenuActions'
import { createWorkspaceFiles } from '../../../electron/main/workspaceFileCommands'

vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron())

const doc = { format: 'ai-margin-workspace', version: 1, name: 'Q3: board/plan' }
let dir: string

/** Dialogs are opened with (window, options); the options say what the user was asked. */
const dialogOptions = (mocked: unknown) =>
  (mocked as { mock: { calls: unknown[][] } }).mock.calls[0]?.[1]

function actionsWith(dispatch: (channel: unknown, payload: unknown) => Promise<unknown>) {
  const service = { dispatch: vi.fn(dispatch) } as unknown as Parameters<
    typeof createWorkspaceFiles
  >[0]['service']
  const onSwitched = vi.fn()
  const window = {} as BrowserWindow
  const files = createWorkspaceFiles({ service, window, onSwitched })
  return { actions: menuActions(files, window), service, onSwitched }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'amp-actions-'))
  vi.mocked(dialog.showMessageBox).mockClear()
})

describe('File menu actions', () => {
  it('exports the open document as JSON, adding the extension a Linux dialog leaves off', async () => {
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'q3'),
    })
    const { actions } = actionsWith(async () => ({ ok: true, value: { doc } }))
    await actions.exportJson()
    expect(JSON.parse(readFileSync(join(dir, 'q3.json'), 'utf8'))).toEqual(doc)
    // The suggested name cannot contain the path separators the workspace name has.
    expect(dialogOptions(dialog.showSaveDialog)).toMatchObject({
      defaultPath: '/user/documents/Q3- board-plan.json',
    })
  })

  it('refuses a file that is not JSON before asking where to save, and writes nothing', async () => {
    const source = join(dir, 'broken.json')
    writeFileSync(source, '{ "name": ')
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [source] })
    vi.mocked(dialog.showSaveDialog).mockClear()
    const { actions, service } = actionsWith(async () => ({ ok: true, value: {} }))
    await actions.importJson()
    expect(service.dispatch).not.toHaveBeenCalled()
    expect(dialog.showSaveDialog).not.toHaveBeenCalled()
    expect(dialogOptions(dialog.showMessageBox)).toMatchObject({
      type: 'error',
      title: 'Could not read broken.json',
    })
  })

  it('shows every problem of an invalid import and does not switch', async () => {
    const source = join(dir, 'plan.json')
    writeFileSync(source, JSON.stringify(doc))
    vi.mocked(dialog.showOpenDialog).mockResolvedValue({ canceled: false, filePaths: [source] })
    vi.mocked(dialog.showSaveDialog).mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'plan.marginplan'),
    })
    const problems = [
      { path: 'features[support].steps[loop].mix', message: 'shares sum to 90, expected 100' },
    ]
    const { actions, service, onSwitched } = actionsWith(async () => ({
      ok: false,
      error: { code: 'invalid-document', message: 'The document is not valid', problems },
    }))
    await actions.importJson()
    expect(service.dispatch).toHaveBeenCalledWith('workspace/importJson', {
      path: join(dir, 'plan.marginplan'),
      doc,
      overwrite: true,
    })
    expect(onSwitched).not.toHaveBeenCalled()
    expect(dialogOptions(dialog.showMessageBox)).toMatchObject({
      detail: 'features[support].steps[loop].mix: shares sum to 90, expected 100',
    })
    expect(existsSync(join(dir, 'plan.marginplan'))).toBe(false)
  })
})
