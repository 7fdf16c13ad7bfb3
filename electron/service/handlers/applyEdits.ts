import type { Handlers } from '../../../shared/api'
import { WorkspaceError } from '../../db/workspaceError'
import { commitEdits } from '../commitEdits'
import type { ServiceContext } from '../context'
import { snapshot } from '../session'

const REFUSED = 'The edits would make the workspace invalid'

/**
 * Applies one batch of edits to the open workspace: it must be the revision the renderer last
 * saw, the result must validate, and it is written in one transaction (all or nothing).
 */
export function applyEditsHandler(context: ServiceContext): Handlers['edits/apply'] {
  return async ({ revision, edits }) => {
    const workspace = await context.session.current()
    if (revision !== workspace.revision) {
      throw new WorkspaceError(
        'stale-revision',
        `The workspace is at revision ${workspace.revision}, not ${revision}: reload it and retry`,
      )
    }
    commitEdits(workspace, edits, REFUSED)
    workspace.revision += 1
    return snapshot(workspace)
  }
}
