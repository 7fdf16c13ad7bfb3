/** Summaries of timing samples (milliseconds) for the benchmark table. */

export interface Summary {
  count: number
  median: number
  p95: number
  max: number
}

/** The nearest-rank percentile: the smallest sample with at least `pct`% of samples at or below. */
export function percentile(samples: readonly number[], pct: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((pct / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

export function summarise(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  }
}

/** Share of samples above `limit`, in percent. */
export function percentOver(samples: readonly number[], limit: number): number {
  if (samples.length === 0) return Number.NaN
  return (samples.filter((sample) => sample > limit).length / samples.length) * 100
}
