import { resolve } from 'node:path'
import type { Handlers } from '../../../shared/api'
import { switchToFile, type ServiceContext } from '../context'
import { writeFileAtomically } from '../newFile'
import { snapshot } from '../session'

/**
 * Copies the open workspace to `path` with SQLite's online backup and continues on the copy.
 * An existing file there is replaced: the save dialog has already asked the person.
 */
export function saveAsHandler(context: ServiceContext): Handlers['workspace/saveAs'] {
  return async ({ path }) => {
    const target = resolve(path)
    const workspace = await context.session.current()
    if (target === workspace.path) return snapshot(workspace)
    await writeFileAtomically(target, true, async (temporaryFile) => {
      await workspace.db.backup(temporaryFile)
    })
    return switchToFile(context, target, workspace.revision)
  }
}
