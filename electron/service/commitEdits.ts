import type { Edit } from '../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../shared/model/types'
import { applyEdits } from '../../shared/model/edits'
import { writeDocument } from '../db/queries/document'
import { readFileState, writeRevision } from '../db/queries/fileState'
import { WorkspaceError } from '../db/workspaceError'
import { reread, requireWritable } from './fileSync'
import { requireValidDocument } from './requireValidDocument'
import type { OpenWorkspace } from './openWorkspace'

/**
 * Applies one batch of edits to an open workspace file in one transaction: the result must
 * validate, else nothing is written and the error lists the problems under `refusal`.
 *
 * `basedOn` is the revision the edits were made on. The transaction takes the file's write lock
 * first and compares it with the file's own revision, so an edit made on a document that another
 * window or process has since changed is refused (`conflict`) instead of writing over its work.
 */
export function commitEdits(
  workspace: OpenWorkspace,
  edits: readonly Edit[],
  refusal: string,
  basedOn: number,
): WorkspaceDoc {
  const next = workspace.db
    .transaction(() => {
      // Under the write lock: nothing can move the file or save between these checks and the write.
      requireWritable(workspace)
      const { revision } = readFileState(workspace.db)
      if (revision !== workspace.revision) reread(workspace, revision)
      if (basedOn !== revision) throw conflictError(basedOn, revision)
      const applied = applyEdits(workspace.doc, edits)
      if (!applied.ok) throw new WorkspaceError('invalid-document', refusal, applied.problems)
      const doc = requireValidDocument(applied.doc, refusal, workspace.doc)
      writeDocument(workspace.db, workspace.doc, doc)
      writeRevision(workspace.db, revision + 1)
      return doc
    })
    .immediate()
  // Everything saved goes into the file itself at once, leaving an empty journal: a file moved or
  // deleted while open then still holds every saved edit, and a journal left beside a path that
  // another file later takes has nothing in it to replay into that file.
  workspace.db.pragma('wal_checkpoint(TRUNCATE)')
  workspace.doc = next
  workspace.revision += 1
  return next
}

function conflictError(basedOn: number, revision: number): WorkspaceError {
  return new WorkspaceError(
    'conflict',
    `The workspace was changed in another window or process (it is at revision ${revision}, ` +
      `this change was made on ${basedOn}), so the change was not saved. ` +
      'Reload the workspace and make it again.',
  )
}
