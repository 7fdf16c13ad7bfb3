/** Summaries over the draws (DESIGN.md §11): nearest-rank percentiles, the mean, rank correlation. */
import type { Percentiles } from './types'

/** P_k by nearest rank: sorted[⌈k·N/100⌉ − 1] (k·N is a whole number, so no rounding creeps in). */
const nearestRank = (sorted: Float64Array, k: number): number =>
  sorted[Math.max(0, Math.ceil((k * sorted.length) / 100) - 1)]!

/**
 * The average of sorted values, summed as offsets from their median: the same average, but draws
 * that are all one value average to exactly that value (a plain sum of N copies need not divide
 * back to it), as §11 requires of zero-width ranges.
 */
function meanOf(sorted: Float64Array): number {
  const reference = nearestRank(sorted, 50)
  let offsets = 0
  for (const value of sorted) offsets += value - reference
  // Not reference + 0: that would turn a −0 into +0.
  return offsets === 0 ? reference : reference + offsets / sorted.length
}

/** Mean and percentiles of the draws that have a value (NaN: no margin); null when none has. */
export function percentilesOf(values: Float64Array): Percentiles | null {
  const present = values.filter((value) => !Number.isNaN(value)).sort()
  if (present.length === 0) return null
  return {
    mean: meanOf(present),
    p5: nearestRank(present, 5),
    p25: nearestRank(present, 25),
    p50: nearestRank(present, 50),
    p75: nearestRank(present, 75),
    p95: nearestRank(present, 95),
  }
}

/** Share (0..1) of the flags that are set. */
export function shareOf(flags: Uint8Array): number {
  let set = 0
  for (const flag of flags) set += flag
  return set / flags.length
}

/** Ranks 1..N, ties sharing their average rank; NaN (no margin) ranks below every number. */
export function ranksOf(values: Float64Array): Float64Array {
  const key = values.map((value) => (Number.isNaN(value) ? -Infinity : value))
  const order = Uint32Array.from(key.keys()).sort((a, b) => key[a]! - key[b]! || a - b)
  const ranks = new Float64Array(values.length)
  let start = 0
  while (start < order.length) {
    let end = start + 1
    while (end < order.length && key[order[end]!] === key[order[start]!]) end++
    // Positions start..end−1 hold one value: each gets the mean of ranks start+1..end.
    const rank = (start + 1 + end) / 2
    for (let i = start; i < end; i++) ranks[order[i]!] = rank
    start = end
  }
  return ranks
}

/**
 * Spearman's ρ of two series from their ranks (ranksOf): the correlation of the ranks; 0 when
 * either series is constant.
 */
export function rankCorrelation(rx: Float64Array, ry: Float64Array): number {
  const middle = (rx.length + 1) / 2
  let covariance = 0
  let varianceX = 0
  let varianceY = 0
  for (let i = 0; i < rx.length; i++) {
    const dx = rx[i]! - middle
    const dy = ry[i]! - middle
    covariance += dx * dy
    varianceX += dx * dx
    varianceY += dy * dy
  }
  if (varianceX === 0 || varianceY === 0) return 0
  return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)))
}
