/** §11: ranges in a group move together; drivers are each source's share of the spread. */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { Range } from '../../../shared/model/types'
import { simulate } from '../../../shared/simulation'
import type { Percentiles } from '../../../shared/simulation/types'
import { exampleDocument } from '../../fixtures/documents'

const doc = exampleDocument('support-agent.json')
const baseline = compute(doc)
const cogsOf = (id: string) => baseline.features.find((feature) => feature.id === id)!.cogs
const price = (id: string, group?: string): Range => ({
  path: `features/${id}/pricePerUnit`,
  low: 1,
  likely: 2,
  high: 3,
  shape: 'pert',
  ...(group !== undefined && { group }),
})

/**
 * The price behind each percentile of a feature's margin: a price enters only revenue, so
 * margin = 1 − cogs/(units·price) gives price = cogs/(units·(1 − margin/100)).
 */
function pricesBehind(margins: Percentiles, cogs: number, units: number): number[] {
  return [margins.p5, margins.p25, margins.p50, margins.p75, margins.p95].map(
    (margin) => cogs / (units * (1 - margin / 100)),
  )
}

function featureMargins(ranges: Range[]) {
  const { result } = simulate({ ...doc, ranges }, { draws: 999, seed: 11 })
  const marginOf = (id: string) => result.features.find((f) => f.id === id)!.grossMarginPct!
  return {
    simple: pricesBehind(marginOf('simple'), cogsOf('simple'), 800_000),
    complex: pricesBehind(marginOf('complex'), cogsOf('complex'), 200_000),
    drivers: result.drivers,
  }
}

describe('groups', () => {
  it('give the ranges of a group one quantile per draw', () => {
    const { simple, complex, drivers } = featureMargins([
      price('simple', 'p'),
      price('complex', 'p'),
    ])
    // Each percentile of either margin comes from the same draws: the same price behind both.
    simple.forEach((value, k) => expect(value).toBeCloseTo(complex[k]!, 9))
    expect(drivers).toHaveLength(1)
    expect(drivers[0]).toMatchObject({
      path: 'features/simple/pricePerUnit',
      group: 'p',
      paths: ['features/simple/pricePerUnit', 'features/complex/pricePerUnit'],
      varianceShare: 1,
    })
    // Margin rises with both prices, so with their one quantile: a perfect rank correlation.
    expect(drivers[0]!.rankCorrelation).toBeCloseTo(1, 12)
  })

  it('leave ranges without a group independent', () => {
    const { simple, complex, drivers } = featureMargins([price('simple'), price('complex')])
    expect(simple.some((value, k) => Math.abs(value - complex[k]!) > 1e-3)).toBe(true)
    expect(drivers.map((driver) => driver.paths)).toHaveLength(2)
  })
})

describe('drivers', () => {
  it('put the wide range first; shares sum to 1', () => {
    const ranges: Range[] = [
      {
        path: 'features/simple/steps/loop/inputTokens',
        low: 11_900,
        likely: 12_000,
        high: 12_100,
        shape: 'pert',
      },
      { path: 'features/complex/pricePerUnit', low: 1, likely: 2, high: 3, shape: 'uniform' },
    ]
    const { drivers } = simulate({ ...doc, ranges }, { draws: 2000, seed: 4 }).result
    expect(drivers.map((driver) => driver.path)).toEqual([
      'features/complex/pricePerUnit',
      'features/simple/steps/loop/inputTokens',
    ])
    expect(drivers[0]!.varianceShare).toBeGreaterThan(0.9)
    // A higher price, a higher margin.
    expect(drivers[0]!.rankCorrelation).toBeGreaterThan(0.9)
    expect(drivers[0]!.varianceShare + drivers[1]!.varianceShare).toBeCloseTo(1, 12)
  })

  it('are empty without ranges, and every draw is the plan', () => {
    const { result, samples } = simulate(doc, { draws: 50 })
    expect(result.drivers).toEqual([])
    expect(result.ranges).toEqual([])
    for (const margin of samples.portfolioMarginPct)
      expect(margin).toBe(baseline.portfolio.grossMarginPct)
  })

  it('give every source a share of 0 when none moves the margin', () => {
    // A floor moves a feature's zone, not its margin.
    const ranges: Range[] = [
      { path: 'features/simple/floorPct', low: 40, likely: 50, high: 60, shape: 'uniform' },
    ]
    const { drivers } = simulate({ ...doc, ranges }, { draws: 100 }).result
    expect(drivers).toEqual([
      {
        path: 'features/simple/floorPct',
        paths: ['features/simple/floorPct'],
        rankCorrelation: 0,
        varianceShare: 0,
      },
    ])
  })
})
