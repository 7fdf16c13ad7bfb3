/** One edit of a batch, applied to the batch's draft, answered with the edits that undo it. */
import type { Edit } from '../editTypes'
import type { DocDraft } from './docDraft'
import { applyDelete, applyInsert, applySet, type Outcome } from './primitives'
import { resolveEditPath } from '../paths/walk'
import { entityAt } from './entity'
import { referencesOf } from './references'
import { overridesOrphanedSince } from './overrideReferences'

/** `inverses` in the order they were made: undoing runs them last first. */
export type EditOutcome = { inverses: Edit[] } | { error: string }

export function applyEdit(draft: DocDraft, edit: Edit): EditOutcome {
  if (edit.op === 'delete' && edit.cascade) return applyCascadingDelete(draft, edit.path)
  return single(applyPlain(draft, edit))
}

function applyPlain(draft: DocDraft, edit: Edit): Outcome {
  switch (edit.op) {
    case 'set':
      return applySet(draft, edit.path, edit.value)
    case 'insert':
      return applyInsert(draft, edit.path, edit.value, edit.index)
    case 'delete':
      return applyDelete(draft, edit.path)
  }
}

const single = (outcome: Outcome): EditOutcome =>
  'error' in outcome ? outcome : { inverses: [outcome.inverse] }

/**
 * Removes the references first (usage rows, plan entries, mix shares, …), then the entity, then
 * the overrides its removal leaves naming nothing. Refused when a reference needs a person.
 */
function applyCascadingDelete(draft: DocDraft, path: string): EditOutcome {
  const at = resolveEditPath(draft.doc, path)
  if ('error' in at) return at
  const entity = entityAt(at)
  if (entity === undefined) return single(applyDelete(draft, path))
  const references = referencesOf(draft.doc, entity)
  const blocking = references.filter((reference) => reference.fix === null)
  if (blocking.length > 0) {
    return {
      error: `cannot delete it: ${blocking.map((reference) => reference.sentence).join('; ')}`,
    }
  }
  const orphanedSince = overridesOrphanedSince(draft.doc)
  const inverses: Edit[] = []
  const run = (edits: Edit[]): string | null => {
    for (const edit of edits) {
      const outcome = applyPlain(draft, edit)
      if ('error' in outcome) return `${edit.path}: ${outcome.error}`
      inverses.push(outcome.inverse)
    }
    return null
  }
  const fixes = references.flatMap((reference) => reference.fix ?? [])
  const failed =
    run([...fixes, { op: 'delete', path }]) ??
    run(orphanedSince(draft.doc).map((orphan) => ({ op: 'delete', path: orphan })))
  return failed === null ? { inverses } : { error: failed }
}
