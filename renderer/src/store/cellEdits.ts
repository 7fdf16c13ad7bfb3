/**
 * Turns typed or pasted cell values into the edits of one commit: baseline edits normally, the
 * active scenario's overrides while a scenario is active (DESIGN.md §4: never the baseline).
 */
import type { Edit, JsonValue } from '../../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { overrideEditsForCell, resetOverrideEdits } from './scenarioOverrides'

export interface CellChange {
  /** The field's edit path, e.g. `features/simple/pricePerUnit`. */
  path: string
  /** `null` clears an optional field (in a scenario: drops the override). */
  value: JsonValue
  /** The column's name, for messages. */
  field: string
}

export type CellEditsResult = { ok: true; edits: Edit[] } | { ok: false; reason: string }

/** Index-addressed sets first, appends next, deletes last and highest first: no edit in the batch
 * shifts the index another one relies on. */
function overrideBatchOrder(edit: Edit): number {
  if (edit.op === 'set') return 0
  if (edit.op === 'insert') return 1
  return 2
}

function overrideIndex(edit: Edit): number {
  return Number(edit.path.split('/').pop())
}

export function editsForCells(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: CellChange[],
): CellEditsResult {
  if (scenarioId === null) {
    return { ok: true, edits: changes.map(({ path, value }) => ({ op: 'set', path, value })) }
  }
  const scenario = doc.scenarios.find((s) => s.id === scenarioId)
  if (scenario === undefined)
    return { ok: false, reason: `Scenario '${scenarioId}' no longer exists` }
  const edits: Edit[] = []
  for (const change of changes) {
    if (change.value === null) {
      edits.push(...resetOverrideEdits(scenario, change.path))
    } else if (typeof change.value === 'number') {
      edits.push(...overrideEditsForCell(scenario, change.path, change.value))
    } else {
      return {
        ok: false,
        reason: `${change.field}: only numbers can differ in a scenario; switch to Baseline to change it`,
      }
    }
  }
  edits.sort(
    (a, b) =>
      overrideBatchOrder(a) - overrideBatchOrder(b) ||
      (a.op === 'delete' && b.op === 'delete' ? overrideIndex(b) - overrideIndex(a) : 0),
  )
  return { ok: true, edits }
}

/**
 * For grids that edit scenarios themselves (names, parents, override values): their cells are
 * plain document fields in any mode, never overrides of overrides.
 */
export function documentEdits(
  doc: WorkspaceDoc,
  _scenarioId: string | null,
  changes: CellChange[],
): CellEditsResult {
  return editsForCells(doc, null, changes)
}
