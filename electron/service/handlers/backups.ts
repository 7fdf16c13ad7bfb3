import { basename, resolve } from 'node:path'
import type { BackupEntry, Handlers } from '../../../shared/api'
import { copyWorkspaceFile, forgetWriter } from '../workspaceCopies'
import { switchToFile, type ServiceContext } from '../context'
import { writeFileAtomically } from '../newFile'
import { requireReplaceable } from '../replaceable'
import { snapshot } from '../session'
import { openReadOnlyView } from '../openWorkspace'

/** The backups of the file the person works on (the original, when a backup view is open). */
export function listBackupsHandler(context: ServiceContext): Handlers['backups/list'] {
  return async () => ({ backups: await context.backups.list(await context.session.current()) })
}

/**
 * Takes a named snapshot. A file open read-only for its permissions, or held elsewhere, may be
 * snapshotted (only the data folder is written); a backup view is refused (`read-only`).
 */
export function takeBackupHandler(context: ServiceContext): Handlers['backups/take'] {
  return async ({ name }) => context.backups.take(await context.session.current(), name)
}

/** Deletes a backup (the person confirmed); a view of it already open keeps its own copy. */
export function deleteBackupHandler(context: ServiceContext): Handlers['backups/delete'] {
  return async ({ id }) => ({
    backups: await context.backups.remove(await context.session.current(), id),
  })
}

/** Opens a backup to look at: a read-only view of a private copy, never the backup itself. */
export function openBackupHandler(context: ServiceContext): Handlers['backups/open'] {
  return async ({ id }) => {
    const workspace = await context.session.current()
    const found = context.backups.find(workspace, id)
    const message =
      `The backup of ${basename(found.workspacePath)} taken ` +
      `${describeTime(found.entry)}${found.entry.name === null ? '' : ` “${found.entry.name}”`}. ` +
      'Restore it as a new file to edit it.'
    const view = await openReadOnlyView(found.file, 'backup', message, context.files)
    view.access = { mode: 'read-only', reason: 'backup', message, backupOf: found.workspacePath }
    context.backups.rememberView(view, found.workspacePath)
    return snapshot(context.session.switchTo(view))
  }
}

/**
 * Writes backup `id` to `path` as a new workspace file and opens it; an existing workspace there
 * is replaced only when confirmed (`overwrite`), as Save As does.
 */
export function restoreBackupHandler(context: ServiceContext): Handlers['backups/restore'] {
  return async ({ id, path, overwrite }) => {
    const target = resolve(path)
    const workspace = await context.session.current()
    const { file } = context.backups.find(workspace, id)
    requireReplaceable(target, overwrite, context.files, context.session.peek())
    await writeFileAtomically(target, overwrite, async (temporaryFile) => {
      await copyWorkspaceFile(file, temporaryFile, context.files)
      forgetWriter(temporaryFile, context.files)
    })
    return switchToFile(context, target)
  }
}

function describeTime(entry: BackupEntry): string {
  return new Date(entry.takenAt).toLocaleString('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}
