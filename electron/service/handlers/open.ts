import type { Handlers } from '../../../shared/api'
import { WorkspaceError } from '../../db/workspaceError'
import { switchToFile, type ServiceContext } from '../context'
import { snapshot } from '../session'

export function openHandler(context: ServiceContext): Handlers['workspace/open'] {
  return ({ path, access }) => switchToFile(context, path, access)
}

/**
 * Edits the file this window shows read-only because another process holds it: from now on both
 * may save, and whichever is behind is refused (`conflict`) and reloads.
 */
export function takeOverHandler(context: ServiceContext): Handlers['workspace/takeOver'] {
  return async () => {
    const workspace = await context.session.current()
    const { access } = workspace
    if (access.mode === 'edit') return snapshot(workspace)
    // A backup, an unwritable or a moved file is read-only for good: Save As is the way on.
    if (access.reason !== 'held-elsewhere') throw new WorkspaceError('read-only', access.message)
    return switchToFile(context, workspace.path, 'take-over')
  }
}
