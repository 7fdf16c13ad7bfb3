/** The shapes of §11: quantiles against closed forms and numeric integration, densities, bounds. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Range, RangeShape } from '../../../shared/model/types'
import { likelyValueOf, rangeDensity, rangeQuantile } from '../../../shared/simulation'

const RUNS = 500
const range = (shape: RangeShape, low: number, likely: number, high: number): Range => ({
  path: 'features/f/pricePerUnit',
  low,
  likely,
  high,
  shape,
})

/** ∫ f over [from, to] by Simpson's rule on `intervals` (even) intervals. */
function simpson(f: (x: number) => number, from: number, to: number, intervals = 20_000): number {
  const h = (to - from) / intervals
  let sum = f(from) + f(to)
  for (let i = 1; i < intervals; i++) sum += (i % 2 === 1 ? 4 : 2) * f(from + i * h)
  return (sum * h) / 3
}

describe('rangeQuantile', () => {
  it('uniform: low + u·(high − low)', () => {
    const uniform = range('uniform', 10, 15, 30)
    expect(rangeQuantile(uniform, 0.25)).toBe(15)
    expect(rangeQuantile(uniform, 0.5)).toBe(20)
    expect(rangeQuantile(uniform, 0.75)).toBe(25)
  })

  it('triangular: the closed form on either side of the mode', () => {
    // low 0, likely 1, high 4: F(1) = 1/4; below it x = √(4u), above it x = 4 − √(12(1 − u)).
    const triangular = range('triangular', 0, 1, 4)
    expect(rangeQuantile(triangular, 0.25)).toBeCloseTo(1, 14)
    expect(rangeQuantile(triangular, 0.1)).toBeCloseTo(Math.sqrt(0.4), 14)
    expect(rangeQuantile(triangular, 0.5)).toBeCloseTo(4 - Math.sqrt(6), 14)
    expect(rangeQuantile(triangular, 0.9)).toBeCloseTo(4 - Math.sqrt(1.2), 14)
  })

  it('triangular with its mode at an end', () => {
    expect(rangeQuantile(range('triangular', 0, 0, 2), 0.75)).toBeCloseTo(1, 14)
    expect(rangeQuantile(range('triangular', 0, 2, 2), 0.25)).toBeCloseTo(1, 14)
  })

  it('pert: a symmetric one has its median at likely', () => {
    expect(rangeQuantile(range('pert', 10, 20, 30), 0.5)).toBeCloseTo(20, 12)
  })

  it.each([0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999])(
    'pert: the Beta density integrated up to the quantile at %f gives it back (1e-10)',
    (u) => {
      // low 2, likely 4.4, high 7: α = 1 + 4·2.4/5 = 2.92, β = 1 + 4·2.6/5 = 3.08.
      const pert = range('pert', 2, 4.4, 7)
      const [alpha, beta] = [2.92, 3.08]
      const density = (x: number) => x ** (alpha - 1) * (1 - x) ** (beta - 1)
      const total = simpson(density, 0, 1)
      const x = (rangeQuantile(pert, u) - 2) / 5
      expect(Math.abs(simpson(density, 0, x) / total - u)).toBeLessThan(1e-10)
    },
  )

  it('lognormal: low and high are its 5th and 95th percentiles, its median √(low·high)', () => {
    const lognormal = range('lognormal', 2, 0, 50)
    expect(rangeQuantile(lognormal, 0.05) / 2 - 1).toBeCloseTo(0, 13)
    expect(rangeQuantile(lognormal, 0.95) / 50 - 1).toBeCloseTo(0, 13)
    expect(rangeQuantile(lognormal, 0.5) / 10 - 1).toBeCloseTo(0, 13)
  })

  it.each(['pert', 'triangular', 'uniform', 'lognormal'] as const)(
    '%s of zero width is exactly its value',
    (shape) => {
      const value = 0.1 + 0.2
      for (const u of [1e-9, 0.3, 0.5, 0.999]) {
        expect(rangeQuantile(range(shape, value, value, value), u)).toBe(value)
      }
    },
  )
})

const shapeArb = fc.constantFrom<RangeShape>('pert', 'triangular', 'uniform', 'lognormal')
/** A valid range: low ≤ likely ≤ high, and above 0 for a lognormal. */
const rangeArb = fc
  .tuple(
    shapeArb,
    fc.double({ min: 0.001, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  )
  .map(([shape, low, at, width]) => range(shape, low, low + at * width, low + width))
const uniformArb = fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true })

describe('rangeQuantile properties', () => {
  it('never decreases as u grows', () => {
    let runs = 0
    fc.assert(
      fc.property(rangeArb, uniformArb, uniformArb, (r, u, v) => {
        runs++
        const [lower, upper] = u <= v ? [u, v] : [v, u]
        expect(rangeQuantile(r, lower)).toBeLessThanOrEqual(rangeQuantile(r, upper))
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })

  it('stays within [low, high] for bounded shapes, and above 0 for a lognormal', () => {
    let runs = 0
    fc.assert(
      fc.property(rangeArb, uniformArb, (r, u) => {
        runs++
        const value = rangeQuantile(r, u)
        if (r.shape === 'lognormal') expect(value).toBeGreaterThan(0)
        else {
          expect(value).toBeGreaterThanOrEqual(r.low)
          expect(value).toBeLessThanOrEqual(r.high)
        }
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })
})

describe('likelyValueOf', () => {
  it('is likely, or a lognormal’s median', () => {
    expect(likelyValueOf(range('pert', 1, 2, 5))).toBe(2)
    expect(likelyValueOf(range('lognormal', 2, 99, 8))).toBe(4)
    expect(likelyValueOf(range('lognormal', 0.3, 0, 0.3))).toBe(0.3)
  })
})

describe('rangeDensity', () => {
  it.each([
    range('uniform', 1, 2, 3),
    range('triangular', 0, 1, 4),
    range('pert', 2, 4.4, 7),
    range('lognormal', 2, 0, 50),
  ])('$shape: points evenly spaced, a density that integrates to about 1', (r) => {
    const { x, y } = rangeDensity(r, 400)
    expect(x).toHaveLength(400)
    expect(y).toHaveLength(400)
    for (const value of y) expect(value).toBeGreaterThanOrEqual(0)
    let area = 0
    for (let i = 1; i < x.length; i++) area += ((y[i]! + y[i - 1]!) / 2) * (x[i]! - x[i - 1]!)
    // A lognormal's preview leaves out 0.5% on either side.
    expect(area).toBeCloseTo(r.shape === 'lognormal' ? 0.99 : 1, 2)
  })

  it('spans low to high for bounded shapes, 60 points by default', () => {
    const { x } = rangeDensity(range('pert', 2, 4.4, 7))
    expect(x).toHaveLength(60)
    expect(x[0]).toBe(2)
    expect(x[59]).toBe(7)
  })

  it('is one point for a zero-width range, and refuses fewer than 2 points', () => {
    expect(rangeDensity(range('pert', 3, 3, 3))).toEqual({ x: [3], y: [1] })
    expect(() => rangeDensity(range('pert', 1, 2, 3), 1)).toThrow(/points/)
  })
})
