/**
 * The native dialogs of the file commands: which file to open, where to save a workspace, and
 * what to do with a file another process holds for editing. Each is modal to `window`.
 */
import { basename } from 'node:path'
import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import type { ApiError } from '../../shared/api'
import { WORKSPACE_EXTENSION } from '../../shared/workspaceFile'
import { askSavePath } from './saveDialog'

export const workspaceFilter: FileFilter = {
  name: 'AI Margin Planner workspace',
  extensions: [WORKSPACE_EXTENSION.slice(1)],
}
export const jsonFilter: FileFilter = { name: 'Workspace JSON', extensions: ['json'] }

/** The choices offered when another process holds the file for editing, in button order. */
const lockedChoices = [
  { label: 'Open read-only', access: 'read-only' },
  { label: 'Take over editing', access: 'take-over' },
  { label: 'Cancel', access: null },
] as const

export type LockedAccess = (typeof lockedChoices)[number]['access']

/** A file name for the save dialog: the characters Windows and macOS refuse become '-'. */
export function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '-').trim() || 'Workspace'
}

/** The file the person chose to open; null when they cancelled. */
export async function askOpenPath(
  window: BrowserWindow,
  title: string,
  filter: FileFilter,
): Promise<string | null> {
  const choice = await dialog.showOpenDialog(window, {
    title,
    properties: ['openFile'],
    filters: [filter],
  })
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

/** Where to save a workspace, suggesting `<name>.marginplan`; null when the person cancelled. */
export function askWorkspacePath(
  window: BrowserWindow,
  title: string,
  name: string,
): Promise<string | null> {
  return askSavePath(window, title, `${safeName(name)}${WORKSPACE_EXTENSION}`, workspaceFilter)
}

/** Another process edits the file: the person picks read-only, take over, or nothing. */
export async function askLockedAccess(
  window: BrowserWindow,
  path: string,
  error: ApiError,
): Promise<LockedAccess> {
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
