/** The ranges in force for a scenario (DESIGN.md §11). */
import { scenarioChain } from '../model/overrides'
import type { Range, WorkspaceDoc } from '../model/types'

/**
 * The baseline's ranges, then each scenario of the chain, root first: a scenario's range on a path
 * takes the place of the one it inherits there, a range on a new path comes after the others.
 * Throws, as scenarioOverrides does, on an unknown scenario or a parent cycle.
 */
export function effectiveRanges(doc: WorkspaceDoc, scenarioId: string | null): Range[] {
  const ranges = [...(doc.ranges ?? [])]
  for (const scenario of scenarioChain(doc, scenarioId)) {
    for (const range of scenario.ranges ?? []) {
      const inherited = ranges.findIndex((candidate) => candidate.path === range.path)
      if (inherited >= 0) ranges[inherited] = range
      else ranges.push(range)
    }
  }
  return ranges
}
