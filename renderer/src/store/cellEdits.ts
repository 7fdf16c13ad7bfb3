/**
 * Turns typed or pasted cell values into the edits of one commit: baseline edits normally, the
 * active scenario's overrides while a scenario is active (DESIGN.md §4: never the baseline).
 */
import type { Edit, JsonValue } from '../../../shared/model/editTypes'
import { applyEdits } from '../../../shared/model/edits'
import { lastSegment, parentPath } from '../../../shared/model/paths/build'
import { renameEdits, type MovedId } from '../../../shared/model/renameId'
import { scenarioEditsFor } from '../../../shared/model/scenarioEdits'
import type { WorkspaceDoc } from '../../../shared/model/types'

export interface CellChange {
  /** The field's edit path, e.g. `features/simple/pricePerUnit`. */
  path: string
  /** `null` clears an optional field (in a scenario: drops the override). */
  value: JsonValue
  /** The column's name, for messages. */
  field: string
}

export type CellEditsResult =
  /** `moved`: rows whose ids followed their new names, so the selection can follow them too. */
  { ok: true; edits: Edit[]; moved?: readonly MovedId[] } | { ok: false; reason: string }

/**
 * `leadingEdits` come first in the same commit: the rows a paste adds, which the changes then
 * fill. In a scenario they become the scenario's inserts, and the changes land inside them.
 */
export function editsForCells(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: CellChange[],
  leadingEdits: readonly Edit[] = [],
): CellEditsResult {
  const sets: Edit[] = changes.map(({ path, value }) => ({ op: 'set', path, value }))
  const edits = [...leadingEdits, ...sets]
  if (scenarioId === null) return baselineEdits(doc, edits)
  const result = scenarioEditsFor(doc, scenarioId, edits)
  if (result.ok) return result
  const change =
    result.index === undefined ? undefined : changes[result.index - leadingEdits.length]
  return { ok: false, reason: change ? `${change.field}: ${result.reason}` : result.reason }
}

/**
 * Baseline edits, renames last: a renamed row whose id follows its name (renameId.ts) moves every
 * path that names it, so the batch's other edits must land before that.
 */
function baselineEdits(doc: WorkspaceDoc, edits: Edit[]): CellEditsResult {
  const isRename = (edit: Edit) =>
    edit.op === 'set' && typeof edit.value === 'string' && lastSegment(edit.path) === 'name'
  const renames = edits.filter(isRename)
  if (renames.length === 0) return { ok: true, edits }
  const result = edits.filter((edit) => !isRename(edit))
  const moved: MovedId[] = []
  let working = doc
  const applied = applyEdits(working, result)
  if (!applied.ok) return { ok: true, edits }
  working = applied.doc
  for (const rename of renames) {
    const { edits: renaming, moved: movedId } = renameEdits(
      working,
      parentPath(rename.path),
      String((rename as { value: string }).value),
    )
    const next = applyEdits(working, renaming)
    if (!next.ok) return { ok: true, edits }
    working = next.doc
    result.push(...renaming)
    if (movedId) moved.push(movedId)
  }
  return { ok: true, edits: result, moved }
}

/**
 * For grids that edit scenarios themselves (names, parents, override values): their cells are
 * plain document fields in any mode, never overrides of overrides.
 */
export function documentEdits(
  doc: WorkspaceDoc,
  _scenarioId: string | null,
  changes: CellChange[],
  leadingEdits: readonly Edit[] = [],
): CellEditsResult {
  return editsForCells(doc, null, changes, leadingEdits)
}
