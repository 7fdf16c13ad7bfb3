/**
 * Adding, duplicating and deleting rows: structural edits committed as one undo step each.
 * A delete of something other entities refer to asks first, listing those references.
 */
import type { Edit } from '../../../shared/model/editTypes'
import { referencesTo } from '../../../shared/model/edits'
import { confirmAction } from '../frame/dialogStore'
import { describeProblems } from '../problems'
import { useWorkspace } from '../store/workspaceStore'

/** Commits, or says in the notice bar why the document refused the change. */
export function commitOrExplain(label: string, edits: Edit[]): boolean {
  const { commit, notify } = useWorkspace.getState()
  const outcome = commit(label, edits)
  if (!outcome.ok)
    notify({ kind: 'error', text: `${label} was refused: ${describeProblems(outcome.problems)}` })
  return outcome.ok
}

/** Deletes the entity at `path` (named `what` to the person), with its references once confirmed. */
export async function deleteEntity(path: string, what: string): Promise<boolean> {
  const doc = useWorkspace.getState().doc
  if (doc === null) return false
  const references = referencesTo(doc, path)
  if (references.length > 0) {
    const confirmed = await confirmAction({
      title: `Delete ${what}?`,
      message: `Other parts of the workspace refer to ${what}. Deleting it also removes or rescales:`,
      items: references,
      confirmLabel: 'Delete with references',
      danger: true,
    })
    if (!confirmed) return false
  }
  return commitOrExplain(`Delete ${what}`, [{ op: 'delete', path, cascade: references.length > 0 }])
}
