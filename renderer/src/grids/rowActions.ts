/**
 * Adding, duplicating and deleting rows: structural edits committed as one undo step each.
 * A delete of something other entities refer to asks first, listing those references. While a
 * scenario is active, the same gestures add and remove rows in that scenario only (DESIGN.md §4a).
 */
import type { Edit } from '../../../shared/model/editTypes'
import { referencesTo } from '../../../shared/model/edits'
import { editsScenarios } from '../../../shared/model/paths/build'
import { scenarioEditsFor } from '../../../shared/model/scenarioEdits'
import { confirmAction } from '../frame/dialogStore'
import { describeProblems } from '../problems'
import { useWorkspace } from '../store/workspaceStore'

/** Commits, or says in the notice bar why the document refused the change. */
export function commitOrExplain(label: string, edits: Edit[]): boolean {
  const { commit, notify } = useWorkspace.getState()
  const outcome = commit(label, edits)
  if (!outcome.ok)
    notify({
      kind: 'error',
      text: `${label} was refused: ${describeProblems(outcome.problems, 3, useWorkspace.getState().doc)}`,
    })
  return outcome.ok
}

/**
 * Commits edits of the workspace's model (rows, fields): to the baseline, or while a scenario is
 * active as that scenario's overrides, labelled with its name in the undo history.
 */
export function commitModelEdits(label: string, edits: Edit[]): boolean {
  const { doc, activeScenarioId, notify } = useWorkspace.getState()
  if (
    doc === null ||
    activeScenarioId === null ||
    edits.every((edit) => editsScenarios(edit.path))
  ) {
    return commitOrExplain(label, edits)
  }
  const scenario = doc.scenarios.find((candidate) => candidate.id === activeScenarioId)
  const translated = scenarioEditsFor(doc, activeScenarioId, edits)
  if (!translated.ok) {
    notify({ kind: 'error', text: `${label} was refused: ${translated.reason}` })
    return false
  }
  return commitOrExplain(`${label} in ${scenario?.name ?? 'the scenario'}`, translated.edits)
}

/** Deletes the entity at `path` (named `what` to the person), with its references once confirmed. */
export async function deleteEntity(path: string, what: string): Promise<boolean> {
  const { doc, activeScenarioId, view } = useWorkspace.getState()
  if (doc === null) return false
  // In a scenario the row is removed from the scenario's document: it is what refers to it there.
  const seen = activeScenarioId === null || editsScenarios(path) ? doc : (view?.viewDoc ?? doc)
  const references = referencesTo(seen, path)
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
  return commitModelEdits(`Delete ${what}`, [
    { op: 'delete', path, cascade: references.length > 0 },
  ])
}
