import type { Handlers } from '../../../shared/api'
import { applyEdits } from '../../../shared/model/edits'
import { writeDocument } from '../../db/queries/document'
import { WorkspaceError } from '../../db/workspaceError'
import type { ServiceContext } from '../context'
import { requireValidDocument } from '../requireValidDocument'
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
    const next = workspace.db.transaction(() => {
      const applied = applyEdits(workspace.doc, edits)
      if (!applied.ok) throw new WorkspaceError('invalid-document', REFUSED, applied.problems)
      const doc = requireValidDocument(applied.doc, REFUSED)
      writeDocument(workspace.db, workspace.doc, doc)
      return doc
    })()
    workspace.doc = next
    workspace.revision += 1
    return snapshot(workspace)
  }
}
