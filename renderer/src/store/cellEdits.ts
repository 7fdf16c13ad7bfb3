/**
 * Turns typed or pasted cell values into the edits of one commit: baseline edits normally, the
 * active scenario's overrides while a scenario is active (DESIGN.md §4: never the baseline).
 */
import type { Edit, JsonValue } from '../../../shared/model/editTypes'
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

export type CellEditsResult = { ok: true; edits: Edit[] } | { ok: false; reason: string }

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
  if (scenarioId === null) return { ok: true, edits }
  const result = scenarioEditsFor(doc, scenarioId, edits)
  if (result.ok) return result
  const change =
    result.index === undefined ? undefined : changes[result.index - leadingEdits.length]
  return { ok: false, reason: change ? `${change.field}: ${result.reason}` : result.reason }
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
