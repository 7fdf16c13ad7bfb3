/** Nearest-rank percentiles, the mean, and Spearman's rank correlation with ties. */
import { describe, expect, it } from 'vitest'
import {
  percentilesOf,
  rankCorrelation,
  ranksOf,
  shareOf,
} from '../../../shared/simulation/statistics'

const values = (...numbers: number[]) => Float64Array.from(numbers)
const spearman = (x: Float64Array, y: Float64Array) => rankCorrelation(ranksOf(x), ranksOf(y))

describe('percentilesOf', () => {
  it('takes P_k = sorted[⌈k·N/100⌉ − 1] and the plain average', () => {
    // 1..20 shuffled: P5 the 1st, P25 the 5th, P50 the 10th, P75 the 15th, P95 the 19th.
    const draws = values(7, 20, 1, 13, 2, 19, 8, 3, 14, 9, 4, 18, 15, 10, 5, 17, 11, 6, 16, 12)
    expect(percentilesOf(draws)).toEqual({ mean: 10.5, p5: 1, p25: 5, p50: 10, p75: 15, p95: 19 })
  })

  it('rounds ranks up: 7 draws', () => {
    // ⌈0.35⌉ = 1, ⌈1.75⌉ = 2, ⌈3.5⌉ = 4, ⌈5.25⌉ = 6, ⌈6.65⌉ = 7.
    const draws = values(70, 10, 60, 20, 50, 30, 40)
    expect(percentilesOf(draws)).toMatchObject({ p5: 10, p25: 20, p50: 40, p75: 60, p95: 70 })
  })

  it('leaves out draws without a value, and is null when none has one', () => {
    expect(percentilesOf(values(NaN, 2, NaN, 4))).toEqual({
      mean: 3,
      p5: 2,
      p25: 2,
      p50: 2,
      p75: 4,
      p95: 4,
    })
    expect(percentilesOf(values(NaN, NaN))).toBeNull()
  })

  it('averages draws that are all one value to exactly that value', () => {
    for (const value of [0.1, 1 / 3, -0, 123456.789]) {
      expect(percentilesOf(new Float64Array(997).fill(value))!.mean).toBe(value)
    }
  })
})

describe('ranksOf and rankCorrelation', () => {
  it('is 1 for a rising series, −1 for a falling one, 0 against a constant', () => {
    const x = values(0.1, 0.5, 0.3, 0.9)
    expect(spearman(x, values(1, 5, 3, 9))).toBe(1)
    expect(spearman(x, values(9, 5, 7, 1))).toBe(-1)
    expect(spearman(x, values(2, 2, 2, 2))).toBe(0)
  })

  it('gives ties their average rank', () => {
    expect(ranksOf(values(10, 20, 20, 30))).toEqual(values(1, 2.5, 2.5, 4))
    // y ranks 1, 2.5, 2.5, 4 against x ranks 1, 2, 3, 4: ρ = 4.5/√(5·4.5).
    const rho = spearman(values(1, 2, 3, 4), values(10, 20, 20, 30))
    expect(rho).toBeCloseTo(4.5 / Math.sqrt(5 * 4.5), 14)
  })

  it('ranks a draw without a margin below every margin', () => {
    expect(spearman(values(1, 2, 3), values(NaN, 5, 6))).toBe(1)
  })
})

describe('shareOf', () => {
  it('is the share of set flags', () => {
    expect(shareOf(Uint8Array.from([1, 0, 0, 1, 1, 0, 0, 0]))).toBe(0.375)
  })
})
