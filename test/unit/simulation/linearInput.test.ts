/**
 * The check: a range on an input that enters revenue linearly. Under the support-agent
 * example's usage plan, portfolio revenue = a + b·price of complex resolutions, with
 * a = 2,000 customers × 400 simple tickets × $2 = $1,600,000 and b = 2,000 × 100 complex tickets
 * = 200,000 tickets. With the price uniform on [1, 3], revenue is uniform on [a + b, a + 3b]: its
 * mean a + 2b, its P_k a + b·(1 + 2k/100). a and b are read here from two deterministic computes,
 * and checked against the hand figures above.
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import { simulate } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'
import { withOverrides } from './helpers'

const PATH = 'features/complex/pricePerUnit'
const doc = exampleDocument('support-agent.json')

function revenueAtPrice(price: number): number {
  const priced = withOverrides(doc, null, [{ path: PATH, op: 'set', value: price }])
  return compute(priced.doc, priced).portfolio.revenue
}

/** |actual/expected − 1| ≤ tolerance. */
function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual / expected - 1)).toBeLessThanOrEqual(tolerance)
}

describe('a uniform range on the complex price (support-agent, 20,000 draws)', () => {
  const b = revenueAtPrice(1) - revenueAtPrice(0)
  const a = revenueAtPrice(0)
  const ranges = [{ path: PATH, low: 1, likely: 2, high: 3, shape: 'uniform' as const }]
  const { result } = simulate({ ...doc, ranges }, { draws: 20_000, seed: 2026 })
  const revenue = result.portfolio.revenue

  it('reads revenue as a + b·price with the hand figures', () => {
    expect(a).toBe(1_600_000)
    expect(b).toBe(200_000)
  })

  it('has a mean revenue within 0.5% of a + 2b', () => {
    expectWithin(revenue.mean, a + 2 * b, 0.005)
  })

  it.each([5, 25, 50, 75, 95] as const)('has P%i within 1% of a + b·(1 + 2k/100)', (k) => {
    expectWithin(revenue[`p${k}`], a + b * (1 + (2 * k) / 100), 0.01)
  })

  it('reports the plan at the likely price', () => {
    expect(result.portfolio.deterministic.revenue).toBe(a + 2 * b)
  })
})
