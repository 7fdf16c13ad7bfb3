import type { CellChange } from '../../../store/cellEdits'
import { useWorkspace } from '../../../store/workspaceStore'
import { useEditError } from '../../../grids/editErrorStore'
import { commitRangeEdits } from './rangeCommit'
import { rangeCellEdits } from './rangeEdits'

export const RANGES_GRID_ID = 'grid-ranges'

/**
 * The Ranges grid's commit: typed or pasted cells as one edit of the active layer's list, refused
 * beside the grid with the checks' reasons by field ("High: must be between 0 and 100 for …").
 */
export function commitRangeCells(label: string, changes: CellChange[]): boolean {
  const { doc, activeScenarioId } = useWorkspace.getState()
  const { show, clear } = useEditError.getState()
  if (doc === null) return false
  const mapped = rangeCellEdits(doc, activeScenarioId, changes)
  if (!mapped.ok) {
    show(RANGES_GRID_ID, mapped.reason)
    return false
  }
  const outcome = commitRangeEdits(label, mapped.edits)
  if (!outcome.ok) {
    const reasons = outcome.problems.map((problem) => problem.text).join('; ')
    show(RANGES_GRID_ID, `${label} was refused: ${reasons}`)
    return false
  }
  clear()
  return true
}
