/**
 * Which range, if any, reaches a grid cell (DESIGN.md §11), asked per cell as grids render: the
 * ranges in force for the active scenario, matched against the cell's path like overrides are.
 */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { overrideReaches } from '../../../../shared/model/paths/overrideTargets'
import type { Range, WorkspaceDoc } from '../../../../shared/model/types'
import { effectiveRanges } from '../../../../shared/simulation'
import { useWorkspace } from '../../store/workspaceStore'

export type RangeLookup = (cellPath: string) => Range | undefined

const noRanges: RangeLookup = () => undefined

/**
 * A lookup over `ranges`, read in the document the grids show when it is asked (a selector such as
 * `provider:openai` names the models there), remembered per cell until that document changes.
 */
function lookupOver(ranges: readonly Range[]): RangeLookup {
  let readIn: WorkspaceDoc | null = null
  let byCell = new Map<string, Range | undefined>()
  return (cellPath) => {
    const doc = useWorkspace.getState().view?.viewDoc ?? null
    if (doc === null) return undefined
    if (doc !== readIn) {
      readIn = doc
      byCell = new Map()
    }
    if (!byCell.has(cellPath)) {
      // The last range that reaches the cell is the one a draw writes last there.
      let found: Range | undefined
      for (const range of ranges) if (overrideReaches(doc, range.path, cellPath)) found = range
      byCell.set(cellPath, found)
    }
    return byCell.get(cellPath)
  }
}

/**
 * The lookup for the grids on screen. It changes only when the ranges in force do: an edit of
 * anything else re-renders no grid for it.
 */
export function useRangeLookup(): RangeLookup {
  const ranges = useWorkspace(
    useShallow((state) =>
      state.doc === null ? [] : effectiveRanges(state.doc, state.activeScenarioId),
    ),
  )
  return useMemo(() => (ranges.length === 0 ? noRanges : lookupOver(ranges)), [ranges])
}
