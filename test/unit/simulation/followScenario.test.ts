/**
 * A baseline range on an input the scenario run changes follows the change: it keeps its
 * proportion to the baseline's value instead of setting the input back (a lever that reprices or
 * compresses a ranged input must move the outcomes).
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { simulate } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'

// support-agent: complex tickets at $2 (baseline); the scenario price-complex sets them at $5.
const doc: WorkspaceDoc = {
  ...exampleDocument('support-agent.json'),
  ranges: [{ path: 'features/complex/pricePerUnit', low: 1, likely: 2, high: 3, shape: 'uniform' }],
}

describe('a range the scenario moves', () => {
  it('is scaled with it: $1–$3 around $2 becomes $2.50–$7.50 around $5', () => {
    const { result } = simulate(doc, { scenarioId: 'price-complex', draws: 20_000, seed: 7 })
    // Revenue is linear in the price, so its mean is the revenue at the mean price, $5: the
    // scenario's own revenue; and its 5th percentile is the revenue at $2.75 (2.5 + 5% of 5).
    const atFive = compute(doc, { scenarioId: 'price-complex' }).portfolio.revenue
    const atTwo = compute(doc).portfolio.revenue
    const perDollar = (atFive - atTwo) / 3
    expect(result.portfolio.revenue.mean / atFive - 1).toBeLessThan(0.005)
    expect(result.portfolio.revenue.mean / atFive - 1).toBeGreaterThan(-0.005)
    expect(result.portfolio.revenue.p5 / (atTwo + 0.75 * perDollar) - 1).toBeCloseTo(0, 2)
    expect(result.portfolio.deterministic.revenue).toBe(atFive)
  })

  it("is set as drawn where the scenario leaves the input as the baseline's", () => {
    const { result } = simulate(doc, { scenarioId: 'fire-drill', draws: 400, seed: 7 })
    const baseline = simulate(doc, { draws: 400, seed: 7 }).result
    // fire-drill doubles OpenAI's prices: same prices drawn, so the same revenue in every draw.
    expect(result.portfolio.revenue).toEqual(baseline.portfolio.revenue)
  })
})
