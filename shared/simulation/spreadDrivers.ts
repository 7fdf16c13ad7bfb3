/**
 * Which sources drive the spread of portfolio margin (DESIGN.md §11): each source's Spearman rank
 * correlation with the margin, and its share of the sum of squared correlations.
 */
import type { Range } from '../model/types'
import type { DrawSource } from './sources'
import { rankCorrelation, ranksOf } from './statistics'
import type { Driver } from './types'

/** `uniforms(s)`: source s's uniform in each draw; `marginPct`: the margin in each (NaN: none). */
export function spreadDrivers(
  sources: readonly DrawSource[],
  ranges: readonly Range[],
  uniforms: (source: number) => Float64Array,
  marginPct: Float64Array,
): Driver[] {
  const marginRanks = ranksOf(marginPct)
  const correlations = sources.map((_, s) => rankCorrelation(ranksOf(uniforms(s)), marginRanks))
  let total = 0
  for (const rho of correlations) total += rho * rho
  const drivers = sources.map((source, s): Driver => {
    const paths = source.ranges.map((r) => ranges[r]!.path)
    const rho = correlations[s]!
    return {
      path: paths[0]!,
      ...(source.group !== undefined && { group: source.group }),
      paths,
      rankCorrelation: rho,
      varianceShare: total > 0 ? (rho * rho) / total : 0,
    }
  })
  // Stable: sources explaining the same share keep the ranges' order.
  return drivers.sort((a, b) => b.varianceShare - a.varianceShare)
}
