/**
 * Exact value → count histograms (§9 keeps them per day instead of raw calls) and the nearest-rank
 * percentile over them.
 */

/** How many observations had each value. */
export type Histogram = ReadonlyMap<number, number>

/** One histogram of every (value, count), counts of the same value added (days merged). */
export function histogramOf(entries: Iterable<{ value: number; count: number }>): Histogram {
  const merged = new Map<number, number>()
  for (const { value, count } of entries) merged.set(value, (merged.get(value) ?? 0) + count)
  return merged
}

export const observationCount = (histogram: Histogram): number => {
  let n = 0
  for (const count of histogram.values()) n += count
  return n
}

/**
 * The nearest-rank percentile: the smallest observed value v with at least ⌈pct·N/100⌉ of the N
 * observations ≤ v. Null without observations. `pct` is a whole percent (95): the rank is computed
 * as ⌈pct·N / 100⌉ on integers, where `0.95 · N` could land a float ulp above a whole rank.
 */
export function nearestRank(histogram: Histogram, pct: number): number | null {
  const rank = Math.max(1, Math.ceil((pct * observationCount(histogram)) / 100))
  const values = [...histogram.keys()].sort((a, b) => a - b)
  let seen = 0
  for (const value of values) {
    seen += histogram.get(value) ?? 0
    if (seen >= rank) return value
  }
  return null
}
