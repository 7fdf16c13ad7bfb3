/**
 * Edits: the one way a document changes (editTypes.ts). A batch applies in order, all or nothing,
 * without changing the input: only containers along edited paths are copied, the rest is shared.
 * The batch's inverse, applied to the result, gives back the original exactly (undo). Edits do not
 * validate the whole document: callers run validateDocument on the result.
 */
import type { Edit } from './editTypes'
import type { Problem, WorkspaceDoc } from './types'
import { DocDraft } from './editing/docDraft'
import { applyEdit } from './editing/applyEdit'
import { resolveEditPath } from './paths/walk'
import { entityAt } from './editing/entity'
import { referencesOf } from './editing/references'
import { overrideSentences } from './editing/overrideReferences'
import { attempt } from './validation/attempt'

export type EditResult =
  { ok: true; doc: WorkspaceDoc; inverse: Edit[] } | { ok: false; problems: Problem[] }

export function applyEdits(doc: WorkspaceDoc, edits: readonly Edit[]): EditResult {
  const draft = new DocDraft(doc)
  const inverse: Edit[] = []
  for (const edit of edits) {
    // A batch can pass through documents that are not valid yet (an entity inserted bare, then
    // filled in), so code reading them as typed may throw: that is this edit's problem.
    const outcome = attempt(() => applyEdit(draft, edit))
    const applied = outcome.ok ? outcome.value : { error: `could not be applied: ${outcome.error}` }
    if ('error' in applied)
      return { ok: false, problems: [{ path: edit.path, message: applied.error }] }
    inverse.push(...applied.inverses)
  }
  return { ok: true, doc: draft.doc, inverse: inverse.reverse() }
}

/**
 * What refers to the entity at an edit path, in words: `Cohort "Heavy users" uses feature "RAG
 * search"`, `Step "Agent loop" of "Support agent" routes 30% to it`, `Scenario "Fire drill"
 * overrides it (2 overrides)`. Empty for a path that names no entity.
 */
export function referencesTo(doc: WorkspaceDoc, path: string): string[] {
  const at = resolveEditPath(doc, path)
  const entity = 'error' in at ? undefined : entityAt(at)
  if (entity === undefined) return []
  return [
    ...referencesOf(doc, entity).map((reference) => reference.sentence),
    ...overrideSentences(doc, entity),
  ]
}
