import { readFile, writeFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import type {
  ApiError,
  Channel,
  Envelope,
  ApiErrorCode,
  Request,
  WorkspaceSnapshot,
} from '../../shared/api'
import { callService, type Dispatcher } from '../common/dispatcher'
import { problemLines } from '../common/envelope'
import { workspaceExtension } from '../common/fileArgs'
import type { DesktopHandlers } from './desktopChannels'
import type { MenuActions } from './menu'
import { askSavePath } from './saveDialog'

const workspaceFilter: FileFilter = {
  name: 'AI Margin Planner workspace',
  extensions: [workspaceExtension.slice(1)],
}
const jsonFilter: FileFilter = { name: 'Workspace JSON', extensions: ['json'] }

interface Dependencies {
  service: Dispatcher
  /** Dialogs are modal to it; the app quits when it closes, so it outlives every action. */
  window: BrowserWindow
  /** Called after the open workspace changed, so the window can reload and retitle. */
  onSwitched: (snapshot: WorkspaceSnapshot) => void
}

/** What a file command came to: done, cancelled by the person, or refused (with a title). */
export type FileOutcome =
  { ok: true; done: boolean } | { ok: false; title: string; error: ApiError }

/**
 * The file commands, each behind its native dialog: the paths they name come from the person, in
 * main, never from the page. The menu and the page's `files/*` channels both run them.
 */
export interface WorkspaceFiles {
  create(template: 'blank' | 'demo'): Promise<FileOutcome>
  open(): Promise<FileOutcome>
  openPath(path: string): Promise<FileOutcome>
  openRecent(index: number): Promise<FileOutcome>
  saveAs(): Promise<FileOutcome>
  importJson(): Promise<FileOutcome>
  restoreBackup(id: string): Promise<FileOutcome>
  exportJson(): Promise<FileOutcome>
}

const cancelled: FileOutcome = { ok: true, done: false }

function refused(title: string, code: ApiErrorCode, message: string): FileOutcome {
  return { ok: false, title, error: { code, message, problems: [] } }
}

/** The choices offered when another process holds the file for editing, in button order. */
const lockedChoices = [
  { label: 'Open read-only', access: 'read-only' },
  { label: 'Take over editing', access: 'take-over' },
  { label: 'Cancel', access: null },
] as const

/** A file name for the save dialog: the characters Windows and macOS refuse become '-'. */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '-').trim() || 'Workspace'
}

export function createWorkspaceFiles({
  service,
  window,
  onSwitched,
}: Dependencies): WorkspaceFiles {
  const call = <C extends Channel>(channel: C, request: Request<C>) =>
    callService(service, channel, request)

  const switchTo = async (
    attempt: Promise<Envelope<WorkspaceSnapshot>>,
    failureTitle: string,
  ): Promise<FileOutcome> => {
    const result = await attempt
    if (!result.ok) return { ok: false, title: failureTitle, error: result.error }
    onSwitched(result.value)
    return { ok: true, done: true }
  }

  const askOpenPath = async (title: string, filter: FileFilter) => {
    const choice = await dialog.showOpenDialog(window, {
      title,
      properties: ['openFile'],
      filters: [filter],
    })
    return choice.canceled ? null : (choice.filePaths[0] ?? null)
  }

  const askWorkspacePath = (title: string, name: string) =>
    askSavePath(window, title, `${safeName(name)}${workspaceExtension}`, workspaceFilter)

  /** Another process edits the file: the person picks read-only, take over, or nothing. */
  const askLockedAccess = async (path: string, error: ApiError) => {
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      title: `${basename(path)} is open elsewhere`,
      message: error.message,
      buttons: lockedChoices.map((choice) => choice.label),
      defaultId: 0,
      cancelId: lockedChoices.length - 1,
      noLink: true,
    })
    return lockedChoices[response]?.access ?? null
  }

  const files: WorkspaceFiles = {
    async create(template) {
      const name = template === 'demo' ? 'Demo workspace' : 'Untitled'
      const path = await askWorkspacePath('New workspace', name)
      if (!path) return cancelled
      return switchTo(
        call('workspace/create', { path, template, overwrite: true }),
        'Could not create the workspace',
      )
    },
    async open() {
      const path = await askOpenPath('Open workspace', workspaceFilter)
      return path ? files.openPath(path) : cancelled
    },
    async openPath(path) {
      const title = `Could not open ${basename(path)}`
      const first = await call('workspace/open', { path, access: 'edit' })
      if (first.ok || first.error.code !== 'locked') return switchTo(Promise.resolve(first), title)
      const access = await askLockedAccess(path, first.error)
      if (access === null) return cancelled
      return switchTo(call('workspace/open', { path, access }), title)
    },
    async openRecent(index) {
      const recent = await call('workspace/recent', {})
      const title = 'Could not open the recent workspace'
      if (!recent.ok) return { ok: false, title, error: recent.error }
      const path = recent.value.paths[index]
      if (path === undefined) {
        return refused(title, 'not-found', `There is no recent workspace number ${index + 1}`)
      }
      return files.openPath(path)
    },
    async saveAs() {
      const current = await call('workspace/current', {})
      const name = current.ok
        ? `${basename(current.value.path, extname(current.value.path))} copy`
        : 'Copy'
      const path = await askWorkspacePath('Save workspace as', name)
      if (!path) return cancelled
      // The native dialog has already asked before replacing an existing file.
      return switchTo(
        call('workspace/saveAs', { path, overwrite: true }),
        'Could not save the workspace',
      )
    },
    async importJson() {
      const source = await askOpenPath('Import workspace JSON', jsonFilter)
      if (!source) return cancelled
      const title = `Could not read ${basename(source)}`
      let text: string
      try {
        text = await readFile(source, 'utf8')
      } catch (error) {
        return refused(title, 'io', (error as Error).message)
      }
      let doc: unknown
      try {
        doc = JSON.parse(text)
      } catch (error) {
        const message = `${basename(source)} is not JSON: ${(error as Error).message}`
        return refused(title, 'invalid-document', message)
      }
      const path = await askWorkspacePath(
        'Save imported workspace as',
        basename(source, extname(source)),
      )
      if (!path) return cancelled
      return switchTo(
        call('workspace/importJson', { path, doc, overwrite: true }),
        'Could not import',
      )
    },
    async restoreBackup(id) {
      const backups = await call('backups/list', {})
      const backup = backups.ok ? backups.value.backups.find((entry) => entry.id === id) : undefined
      const name = backup ? `${backup.workspaceName} (restored)` : 'Restored workspace'
      const path = await askWorkspacePath('Restore backup as', name)
      if (!path) return cancelled
      return switchTo(
        call('backups/restore', { id, path, overwrite: true }),
        'Could not restore the backup',
      )
    },
    async exportJson() {
      const result = await call('workspace/exportJson', {})
      if (!result.ok) return { ok: false, title: 'Could not export', error: result.error }
      const path = await askSavePath(
        window,
        'Export workspace JSON',
        `${safeName(result.value.doc.name)}.json`,
        jsonFilter,
      )
      if (!path) return cancelled
      try {
        await writeFile(path, `${JSON.stringify(result.value.doc, null, 2)}\n`)
      } catch (error) {
        return refused(`Could not write ${basename(path)}`, 'io', (error as Error).message)
      }
      return { ok: true, done: true }
    },
  }
  return files
}

/** The menu runs the same commands and shows a refusal in a native dialog. */
export function menuActions(files: WorkspaceFiles, window: BrowserWindow): MenuActions {
  const run = async (outcome: Promise<FileOutcome>): Promise<void> => {
    const result = await outcome
    if (!result.ok) await showError(window, result.title, result.error)
  }
  return {
    newWorkspace: (template) => run(files.create(template)),
    open: () => run(files.open()),
    openPath: (path) => run(files.openPath(path)),
    saveAs: () => run(files.saveAs()),
    importJson: () => run(files.importJson()),
    exportJson: () => run(files.exportJson()),
  }
}

type FileChannel =
  | 'files/create'
  | 'files/open'
  | 'files/openRecent'
  | 'files/saveAs'
  | 'files/importJson'
  | 'files/restoreBackup'

/**
 * The page's `files/*` channels: the page gets `{ done }` or the error, and shows it its own way.
 * After a switch the window reloads, so a `done: true` answer may never be read.
 */
export function fileHandlers(files: WorkspaceFiles): Pick<DesktopHandlers, FileChannel> {
  const answer = async (outcome: Promise<FileOutcome>): Promise<Envelope<{ done: boolean }>> => {
    const result = await outcome
    return result.ok
      ? { ok: true, value: { done: result.done } }
      : { ok: false, error: result.error }
  }
  return {
    'files/create': ({ template }) => answer(files.create(template)),
    'files/open': () => answer(files.open()),
    'files/openRecent': ({ index }) => answer(files.openRecent(index)),
    'files/saveAs': () => answer(files.saveAs()),
    'files/importJson': () => answer(files.importJson()),
    'files/restoreBackup': ({ id }) => answer(files.restoreBackup(id)),
  }
}

async function showError(owner: BrowserWindow, title: string, error: ApiError): Promise<void> {
  await dialog.showMessageBox(owner, {
    type: 'error',
    title,
    message: `${title}: ${error.message}`,
    detail: problemLines(error.problems).join('\n'),
  })
}
