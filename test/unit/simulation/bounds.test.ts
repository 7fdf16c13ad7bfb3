/**
 * Drawn values the document cannot hold: clamped to the field's bounds (§2), or, where even that
 * cannot make the override apply, an error naming the range. And floors drawn per draw.
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { Range } from '../../../shared/model/types'
import { simulate } from '../../../shared/simulation'
import { exampleDocument } from '../../fixtures/documents'
import { withOverrides } from './helpers'

const doc = exampleDocument('support-agent.json')

describe('drawn values', () => {
  it('past a percent field’s 100 are clamped to 100', () => {
    // P95 of 99: about 4% of the draws fall above 100 and are read as a 100% cache hit rate.
    const ranges: Range[] = [
      {
        path: 'features/complex/responseCacheHitPct',
        low: 50,
        likely: 0,
        high: 99,
        shape: 'lognormal',
      },
    ]
    const { samples } = simulate({ ...doc, ranges }, { draws: 2000, seed: 9 })
    const atHundred = withOverrides(doc, null, [{ path: ranges[0]!.path, op: 'set', value: 100 }])
    const best = compute(atHundred.doc, atHundred).portfolio.grossMarginPct!
    const clamped = samples.portfolioMarginPct.filter((margin) => margin === best)
    expect(clamped.length).toBeGreaterThan(20)
    expect(Math.max(...samples.portfolioMarginPct)).toBe(best)
  })

  it('below an exclusive bound are moved just inside it', () => {
    // portfolioFloorPct is below 100; a draw past it becomes the largest number below 100.
    const ranges: Range[] = [
      { path: 'workspace/portfolioFloorPct', low: 90, likely: 0, high: 99.9, shape: 'lognormal' },
    ]
    const { result } = simulate({ ...doc, ranges }, { draws: 500, seed: 1 })
    expect(result.portfolio.probBelowFloor).toBe(1)
  })

  it('that leave a mix with no other share to rescale throw, naming the range', () => {
    const ranges: Range[] = [
      {
        path: 'features/simple/steps/loop/mix/gpt-4o',
        low: 50,
        likely: 100,
        high: 100,
        shape: 'pert',
      },
    ]
    expect(() => simulate({ ...doc, ranges }, { draws: 20 })).toThrow(
      /^range on features\/simple\/steps\/loop\/mix\/gpt-4o: share .* leaves no other share/,
    )
  })
})

describe('paths', () => {
  it('that name nothing set nothing (validation refuses them first): every draw is the plan', () => {
    const ranges: Range[] = [
      { path: 'features/nope/pricePerUnit', low: 1, likely: 2, high: 3, shape: 'pert' },
      // A cohort's use of a feature it does not have is never added by a range.
      { path: 'cohorts/all/usage/nope/unitsPerSeat', low: 1, likely: 2, high: 3, shape: 'pert' },
    ]
    const { result } = simulate({ ...doc, ranges }, { draws: 50 })
    const revenue = compute(doc).portfolio.revenue
    expect(result.portfolio.revenue).toEqual({
      mean: revenue,
      p5: revenue,
      p25: revenue,
      p50: revenue,
      p75: revenue,
      p95: revenue,
    })
  })

  it('that name a whole-number setting throw', () => {
    const ranges: Range[] = [
      { path: 'workspace/horizonMonths', low: 6, likely: 12, high: 24, shape: 'pert' },
    ]
    expect(() => simulate({ ...doc, ranges }, {})).toThrow(/whole-number/)
  })

  it('that a scenario removes from a later month apply until then, and set nothing after', () => {
    const removing = {
      ...doc,
      scenarios: [
        {
          id: 'drop-complex',
          name: 'Drop complex',
          overrides: [
            { path: 'cohorts/all/usage/complex', op: 'remove' as const, fromMonth: 3 },
            { path: 'features/complex', op: 'remove' as const, fromMonth: 3 },
          ],
        },
      ],
      ranges: [
        {
          path: 'features/complex/pricePerUnit',
          low: 1,
          likely: 2,
          high: 3,
          shape: 'pert' as const,
        },
      ],
    }
    const { result } = simulate(removing, { scenarioId: 'drop-complex', draws: 200 })
    const planned = compute(removing, { scenarioId: 'drop-complex' }).forecast
    result.forecast.forEach((band, month) => {
      if (month < 3) expect(band.grossProfit.p5).toBeLessThan(band.grossProfit.p95)
      else
        expect([band.grossProfit.p5, band.grossProfit.p95]).toEqual([
          planned[month]!.grossProfit,
          planned[month]!.grossProfit,
        ])
    })
  })
})

describe('floors', () => {
  it('are drawn too: the share of draws below a drawn portfolio floor', () => {
    // Margin 64%; the floor uniform on [55, 75] is above it with probability 11/20.
    const ranges: Range[] = [
      { path: 'workspace/portfolioFloorPct', low: 55, likely: 65, high: 75, shape: 'uniform' },
    ]
    const { result } = simulate({ ...doc, ranges }, { draws: 4000, seed: 3 })
    expect(result.portfolio.probBelowFloor).toBeCloseTo(0.55, 1)
    // The floor reported is the plan's; each draw is judged against its own drawn floor.
    expect(result.portfolio.floorPct).toBe(compute(doc).portfolio.floorPct)
    expect(result.portfolio.grossMarginPct?.p50).toBe(compute(doc).portfolio.grossMarginPct)
  })
})
