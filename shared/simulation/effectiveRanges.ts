/** The ranges in force for a scenario (DESIGN.md §11). */
import { scenarioChain } from '../model/overrides'
import type { Range, WorkspaceDoc } from '../model/types'

/** A range in force and where it is set: its values are stated against that document. */
export interface RangeInForce {
  range: Range
  /** The scenario that holds it; null: the baseline. */
  owner: string | null
}

/**
 * The baseline's ranges, then each scenario of the chain, root first: a scenario's range on a path
 * takes the place of the one it inherits there, a range on a new path comes after the others.
 * Throws, as scenarioOverrides does, on an unknown scenario or a parent cycle.
 */
export function rangesInForce(doc: WorkspaceDoc, scenarioId: string | null): RangeInForce[] {
  const ranges: RangeInForce[] = (doc.ranges ?? []).map((range) => ({ range, owner: null }))
  for (const scenario of scenarioChain(doc, scenarioId)) {
    for (const range of scenario.ranges ?? []) {
      const inForce = { range, owner: scenario.id }
      const inherited = ranges.findIndex((candidate) => candidate.range.path === range.path)
      if (inherited >= 0) ranges[inherited] = inForce
      else ranges.push(inForce)
    }
  }
  return ranges
}

export const effectiveRanges = (doc: WorkspaceDoc, scenarioId: string | null): Range[] =>
  rangesInForce(doc, scenarioId).map((inForce) => inForce.range)
