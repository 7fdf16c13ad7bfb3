/** The observed mix by calls: shares to 0.1 that always sum to exactly 100 (largest remainder). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mixByCalls } from '../../../../shared/actuals/calibration/mixByCalls'

const tenthsOf = (mix: { sharePct: number }[]): number =>
  mix.reduce((sum, entry) => sum + Math.round(entry.sharePct * 10), 0)

describe('mixByCalls', () => {
  it('gives the tenth three equal models leave over to the first', () => {
    // 1/3 = 33.33…: 333 tenths each leave 1 tenth, which goes to the first of the equal remainders.
    const mix = mixByCalls(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ]),
    )
    expect(mix).toEqual([
      { modelId: 'a', sharePct: 33.4 },
      { modelId: 'b', sharePct: 33.3 },
      { modelId: 'c', sharePct: 33.3 },
    ])
  })

  it('rounds up the largest remainders', () => {
    // 1 / 7 = 142.857… tenths, 6 / 7 = 857.142…: floors 142 + 857 = 999, the tenth goes to a (0.857).
    const mix = mixByCalls(
      new Map([
        ['a', 1],
        ['b', 6],
      ]),
    )
    expect(mix).toEqual([
      { modelId: 'a', sharePct: 14.3 },
      { modelId: 'b', sharePct: 85.7 },
    ])
  })

  it('is empty without calls', () => {
    expect(mixByCalls(new Map())).toEqual([])
  })

  it('sums to exactly 1,000 tenths, each share within 0.1 of exact, for any call counts', () => {
    const RUNS = 500
    let runs = 0
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (counts) => {
          runs++
          const mix = mixByCalls(new Map(counts.map((count, i) => [`m${i}`, count])))
          expect(tenthsOf(mix)).toBe(1000)
          const total = counts.reduce((sum, count) => sum + count, 0)
          // Each share is its exact share rounded down or up to the tenth.
          counts.forEach((count, i) => {
            const exact = (100 * count) / total
            expect(Math.abs((mix[i]?.sharePct ?? NaN) - exact)).toBeLessThan(0.1 + 1e-9)
          })
        },
      ),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })
})
