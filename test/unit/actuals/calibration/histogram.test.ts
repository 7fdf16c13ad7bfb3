/** The nearest-rank percentile over merged histograms (§9), at its boundaries and as a property. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  histogramOf,
  nearestRank,
  observationCount,
  type Histogram,
} from '../../../../shared/actuals/calibration/histogram'

const histogram = (counts: Record<number, number>): Histogram =>
  histogramOf(Object.entries(counts).map(([value, count]) => ({ value: Number(value), count })))

describe('nearestRank', () => {
  it('takes rank ⌈0.95 · 20⌉ = 19 of 20 observations', () => {
    // 1, 2, …, 20 once each: the 19th smallest is 19.
    const oneEach = histogram(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 1])))
    expect(nearestRank(oneEach, 95)).toBe(19)
    // 18 ones, then 7 and 9: ≤ 1 holds 18 < 19 observations, ≤ 7 holds 19.
    expect(nearestRank(histogram({ 1: 18, 7: 1, 9: 1 }), 95)).toBe(7)
  })

  it('takes the only observation of one, and nothing of none', () => {
    expect(nearestRank(histogram({ 42: 1 }), 95)).toBe(42)
    expect(nearestRank(histogram({}), 95)).toBeNull()
  })

  it('merges the counts of one value from several days', () => {
    // Day 1: 90 at 10; day 2: 4 at 10, 6 at 30. Merged: 94 at 10 (< rank 95), so 30.
    const merged = histogramOf([
      { value: 10, count: 90 },
      { value: 10, count: 4 },
      { value: 30, count: 6 },
    ])
    expect(observationCount(merged)).toBe(100)
    expect(nearestRank(merged, 95)).toBe(30)
  })
})

describe('nearestRank, for any histogram', () => {
  const counts = fc.array(
    fc.record({
      value: fc.integer({ min: 0, max: 100_000 }),
      count: fc.integer({ min: 1, max: 60 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  const RUNS = 1000

  it('is an observed value, ≥ P50, with ≥ 95% at or below it and < 95% below the next', () => {
    let runs = 0
    fc.assert(
      fc.property(counts, (entries) => {
        runs++
        const merged = histogramOf(entries)
        const n = observationCount(merged)
        const p95 = nearestRank(merged, 95)
        const p50 = nearestRank(merged, 50)
        expect(p95).not.toBeNull()
        expect(p50).not.toBeNull()
        if (p95 === null || p50 === null) return
        expect(merged.has(p95)).toBe(true)
        expect(p95).toBeGreaterThanOrEqual(p50)
        const atOrBelow = (limit: number): number =>
          [...merged].reduce((sum, [value, count]) => (value <= limit ? sum + count : sum), 0)
        // In whole numbers: "at least 95% of n" is 100 · k ≥ 95 · n.
        expect(100 * atOrBelow(p95)).toBeGreaterThanOrEqual(95 * n)
        const smaller = [...merged.keys()].filter((value) => value < p95)
        if (smaller.length > 0) {
          expect(100 * atOrBelow(Math.max(...smaller))).toBeLessThan(95 * n)
        }
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })
})
