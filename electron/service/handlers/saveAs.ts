import { resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { backUpWithoutWriter } from '../workspaceCopies'
import { switchToFile, type ServiceContext } from '../context'
import { writeFileAtomically } from '../newFile'
import { snapshot } from '../session'
import { requireReplaceable } from '../replaceable'

/**
 * Copies the open workspace to `path` with SQLite's online backup and continues on the copy
 * (from a read-only view or a moved file too: the connection still holds everything saved).
 * An existing file is replaced only with `overwrite`, and only when it is a workspace that no
 * other process holds: no call can replace an arbitrary file.
 */
export function saveAsHandler(context: ServiceContext): Handlers['workspace/saveAs'] {
  return async ({ path, overwrite }) => {
    const target = resolve(path)
    const workspace = await context.session.current()
    if (target === workspace.path && workspace.access.mode === 'edit') return snapshot(workspace)
    requireReplaceable(target, overwrite, context.files, workspace)
    await writeFileAtomically(target, overwrite, (temporaryFile) =>
      backUpWithoutWriter(workspace.db, temporaryFile, context.files),
    )
    return switchToFile(context, target)
  }
}
