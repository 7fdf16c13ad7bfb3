/**
 * What the Backups dialog asks of the service: the list, a named snapshot, and opening or
 * restoring a backup (the page then shows what the service opened).
 */
import type { BackupEntry } from '../../../shared/api'
import { withoutWorkspaceExtension } from '../../../shared/workspaceFile'
import { hasControlCharacter, isWellFormed } from '../../../shared/model/text'
import { api } from '../transport/api'
import { confirmAction } from './dialogStore'
import { desktopFile, folderOf, replaceWorkspace, workingPath, writeAsking } from './fileActions'

/** The person's name for a snapshot, or why it will not do (the service's own rules). */
export function checkSnapshotName(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'A snapshot needs a name.'
  if (trimmed.length > 120) return 'A snapshot name is at most 120 characters.'
  if (!isWellFormed(trimmed)) return 'A snapshot name must be well-formed text.'
  if (hasControlCharacter(trimmed)) return 'A snapshot name may not hold control characters.'
  return null
}

/** "1 Jul 2025, 09:30": the local time a backup was taken. */
export function formatTakenAt(takenAt: string): string {
  return new Date(takenAt).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function stemOf(path: string): string {
  const name = path.slice(folderOf(path).length)
  return withoutWorkspaceExtension(name)
}

/** `<folder of the working file>/<its name> restored <day of the backup>.marginplan`. */
export function suggestRestorePath(entry: BackupEntry): string {
  const working = workingPath()
  const base = working === null ? entry.workspaceName : stemOf(working)
  const safe = base.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'workspace'
  return `${folderOf(working)}${safe} restored ${isoDay(new Date(entry.takenAt))}.marginplan`
}

/** "the snapshot “Board plan Q4” of 5 Dec 2026, 09:30", "the backup of 5 Dec 2026, 09:30". */
export function describeBackup(entry: BackupEntry): string {
  const taken = formatTakenAt(entry.takenAt)
  return entry.name === null ? `the backup of ${taken}` : `the snapshot “${entry.name}” of ${taken}`
}

/** A sentence's first letter in capitals. */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}

export const backupActions = {
  async list(): Promise<BackupEntry[]> {
    return (await api.call('backups/list', {})).backups
  },

  take: (name: string) => api.call('backups/take', { name: name.trim() }),

  open(entry: BackupEntry): Promise<boolean> {
    const backup = describeBackup(entry)
    return replaceWorkspace(
      { done: () => `Opened ${backup}`, failed: `Could not open ${backup}` },
      () => api.call('backups/open', { id: entry.id }),
    )
  },

  /** Restores as a new file at `path`, asking before it replaces a workspace there. */
  restore(entry: BackupEntry, path: string): Promise<boolean> {
    const backup = describeBackup(entry)
    return replaceWorkspace(
      { done: (name) => `Restored ${backup} as ${name}`, failed: `Could not restore ${backup}` },
      () =>
        writeAsking(path, (overwrite) =>
          api.call('backups/restore', { id: entry.id, path, overwrite }),
        ),
    )
  },

  /** Deletes a backup once the person confirmed; the backups left, or null when they did not. */
  async remove(entry: BackupEntry): Promise<BackupEntry[] | null> {
    const backup = describeBackup(entry)
    const confirmed = await confirmAction({
      title: 'Delete this backup?',
      message: `${capitalized(backup)} is deleted for good.`,
      confirmLabel: 'Delete',
      danger: true,
    })
    if (!confirmed) return null
    return (await api.call('backups/delete', { id: entry.id })).backups
  },

  /** The desktop app asks for the path natively in main, which then reloads the window. */
  restoreInDesktop: (entry: BackupEntry): Promise<boolean> =>
    desktopFile('files/restoreBackup', { id: entry.id }),
}
