/**
 * The file commands (new, open, save as, import, restore, export JSON), each behind its native
 * dialog, run against the workspace service. The menu (fileMenuActions.ts) and the page's
 * `files/*` channels (fileChannels.ts) both run them.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { BrowserWindow } from 'electron'
import type {
  ApiError,
  Channel,
  Envelope,
  ApiErrorCode,
  Request,
  WorkspaceSnapshot,
} from '../../shared/api'
import { callService, type Dispatcher } from '../common/dispatcher'
import {
  askLockedAccess,
  askOpenPath,
  askWorkspacePath,
  jsonFilter,
  safeName,
  workspaceFilter,
} from './nativeDialogs'
import { askSavePath } from './saveDialog'

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

  const files: WorkspaceFiles = {
    async create(template) {
      const name = template === 'demo' ? 'Demo workspace' : 'Untitled'
      const path = await askWorkspacePath(window, 'New workspace', name)
      if (!path) return cancelled
      return switchTo(
        call('workspace/create', { path, template, overwrite: true }),
        'Could not create the workspace',
      )
    },
    async open() {
      const path = await askOpenPath(window, 'Open workspace', workspaceFilter)
      return path ? files.openPath(path) : cancelled
    },
    async openPath(path) {
      const title = `Could not open ${basename(path)}`
      const first = await call('workspace/open', { path, access: 'edit' })
      if (first.ok || first.error.code !== 'locked') return switchTo(Promise.resolve(first), title)
      const access = await askLockedAccess(window, path, first.error)
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
      // A backup view's own file is named by an id: suggest the name of what it is a backup of.
      const access = current.ok ? current.value.access : null
      const working =
        access?.mode === 'read-only' && access.backupOf !== undefined
          ? access.backupOf
          : current.ok
            ? current.value.path
            : null
      const name = working === null ? 'Copy' : `${basename(working, extname(working))} copy`
      const path = await askWorkspacePath(window, 'Save workspace as', name)
      if (!path) return cancelled
      // The native dialog has already asked before replacing an existing file.
      return switchTo(
        call('workspace/saveAs', { path, overwrite: true }),
        'Could not save the workspace',
      )
    },
    async importJson() {
      const source = await askOpenPath(window, 'Import workspace JSON', jsonFilter)
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
        window,
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
      const path = await askWorkspacePath(window, 'Restore backup as', name)
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
