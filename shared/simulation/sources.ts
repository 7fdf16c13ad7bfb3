/**
 * The independent sources of a run's randomness (DESIGN.md §11): each range alone, or a group whose
 * ranges share one quantile per draw. Each source takes one uniform per draw, in this order.
 */
import type { Range } from '../model/types'

export interface DrawSource {
  group?: string
  /** Indexes into the run's ranges, in their order. */
  ranges: number[]
}

/** Sources in the order of their first range. */
export function drawSources(ranges: readonly Range[]): DrawSource[] {
  const sources: DrawSource[] = []
  const byGroup = new Map<string, DrawSource>()
  ranges.forEach((range, index) => {
    const { group } = range
    const known = group === undefined ? undefined : byGroup.get(group)
    if (known) {
      known.ranges.push(index)
      return
    }
    const source: DrawSource =
      group === undefined ? { ranges: [index] } : { group, ranges: [index] }
    if (group !== undefined) byGroup.set(group, source)
    sources.push(source)
  })
  return sources
}
