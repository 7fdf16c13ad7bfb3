import type { Edit } from '../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../shared/model/types'
import { applyEdits } from '../../shared/model/edits'
import { writeDocument } from '../db/queries/document'
import { WorkspaceError } from '../db/workspaceError'
import { requireValidDocument } from './requireValidDocument'
import type { OpenWorkspace } from './workspaceFiles'

/**
 * Applies one batch of edits to an open workspace file in one transaction: the result must
 * validate, else nothing is written and the error lists the problems under `refusal`.
 */
export function commitEdits(
  workspace: OpenWorkspace,
  edits: readonly Edit[],
  refusal: string,
): WorkspaceDoc {
  const next = workspace.db.transaction(() => {
    const applied = applyEdits(workspace.doc, edits)
    if (!applied.ok) throw new WorkspaceError('invalid-document', refusal, applied.problems)
    const doc = requireValidDocument(applied.doc, refusal)
    writeDocument(workspace.db, workspace.doc, doc)
    return doc
  })()
  workspace.doc = next
  return next
}
