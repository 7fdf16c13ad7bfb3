import { createHash, randomBytes } from 'node:crypto'
import { basename, extname, join, resolve } from 'node:path'
import { BACKUP_ID_PATTERN } from '../../../shared/backupIds'
import { slugify } from '../../../shared/report/fileNames'

/** What a backup id may hold (it names two files): the API's own rule. */
export const BACKUP_ID = BACKUP_ID_PATTERN

const MAX_SLUG_CHARS = 40

/**
 * The folder that keeps the backups of the workspace file at `workspacePath`:
 * `<root>/<slug of its name>-<hash of its absolute path>`, so two files of the same name in
 * different folders never share one, and a person browsing the folder still sees whose it is.
 */
export function workspaceFolder(root: string, workspacePath: string): string {
  const absolute = resolve(workspacePath)
  const stem = basename(absolute, extname(absolute))
  const slug = slugify(stem).slice(0, MAX_SLUG_CHARS).replace(/-+$/, '') || 'workspace'
  const hash = createHash('sha256').update(absolute).digest('hex').slice(0, 12)
  return join(root, `${slug}-${hash}`)
}

/** `20250114-101503-123-1a2b3c`: sorts by time, unique, and safe as a file name everywhere. */
export function newBackupId(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace('.', '-')
    .replace('Z', '')
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

export function backupFile(folder: string, id: string): string {
  return join(folder, `${id}.marginplan`)
}

export function metadataFile(folder: string, id: string): string {
  return join(folder, `${id}.json`)
}
