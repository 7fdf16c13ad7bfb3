import { useCallback } from 'react'
import type { Edit } from '../../../shared/model/editTypes'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { describeProblems } from '../problems'
import { editsForCells, type CellChange, type CellEditsResult } from '../store/cellEdits'
import { useWorkspace } from '../store/workspaceStore'
import { useEditError } from './editErrorStore'
import { followRenames } from '../frame/followRenames'

/**
 * Maps cell changes (after `leadingEdits`, the rows a paste adds) to the edits of one commit; the
 * default knows baseline edits and scenario overrides.
 */
export type ChangesToEdits = (
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: CellChange[],
  leadingEdits?: readonly Edit[],
) => CellEditsResult

/**
 * Commits cell changes as one undo step, after `leadingEdits` (the rows a paste adds, which the
 * changes then fill); a refusal is shown beside the grid `gridId`.
 */
export type CommitCells = (label: string, changes: CellChange[], leadingEdits?: Edit[]) => boolean

export function useCommitCells(
  gridId: string,
  toEdits: ChangesToEdits = editsForCells,
): CommitCells {
  return useCallback(
    (label, changes, leadingEdits = []) => {
      const { doc, activeScenarioId, commit } = useWorkspace.getState()
      const { show, clear } = useEditError.getState()
      if (doc === null) return false
      const mapped = toEdits(doc, activeScenarioId, changes, leadingEdits)
      if (!mapped.ok) {
        show(gridId, mapped.reason)
        return false
      }
      const edits = mapped.edits
      if (edits.length === 0) return true
      const outcome = commit(label, edits)
      if (!outcome.ok) {
        show(gridId, `${label} was refused: ${describeProblems(outcome.problems, 3, doc)}`)
        return false
      }
      clear()
      followRenames(mapped.moved ?? [])
      return true
    },
    [gridId, toEdits],
  )
}
