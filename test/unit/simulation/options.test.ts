/** Bad options are refused with an error naming the option; absent ones take their defaults. */
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../shared/simulation'
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  type SimulationOptions,
} from '../../../shared/simulation/types'
import { exampleDocument } from '../../fixtures/documents'

const doc = exampleDocument('support-agent.json')

describe('simulate options', () => {
  it.each<[string, Partial<SimulationOptions>]>([
    ['draws', { draws: 0 }],
    ['draws', { draws: 2.5 }],
    ['draws', { draws: 100_001 }],
    ['draws', { draws: '10' as unknown as number }],
    ['seed', { seed: -1 }],
    ['seed', { seed: 2 ** 32 }],
    ['seed', { seed: 0.5 }],
    ['month', { month: -1 }],
    ['month', { month: 1.5 }],
    ['month', { month: 12 }],
    ['forecast', { forecast: 'yes' as unknown as boolean }],
    ['scenarioId', { scenarioId: 3 as unknown as string }],
  ])('refuses a bad %s: %j', (name, options) => {
    expect(() => simulate(doc, options)).toThrow(new RegExp(`^${name} `))
  })

  it('refuses a bad progressEvery and an unknown scenario', () => {
    expect(() => simulate(doc, {}, { progressEvery: 0 })).toThrow(/^progressEvery /)
    expect(() => simulate(doc, { scenarioId: 'nope' })).toThrow(/unknown scenario "nope"/)
  })

  it('defaults to the baseline, 2,000 draws, seed 1, month 0 and the forecast', () => {
    const { result, samples } = simulate(doc, {})
    expect(result).toMatchObject({
      scenarioId: null,
      draws: DEFAULT_DRAWS,
      seed: DEFAULT_SEED,
      month: '2026-12',
    })
    expect(result.forecast).toHaveLength(12)
    expect(samples.portfolioMarginPct).toHaveLength(DEFAULT_DRAWS)
  })

  it('accepts the largest seed, and the last month of the horizon', () => {
    const { result } = simulate(doc, { seed: 2 ** 32 - 1, month: 11, draws: 3 })
    expect(result.month).toBe('2027-11')
  })

  it('without the forecast, reports no fan and the same month', () => {
    const ranges = [
      { path: 'features/complex/pricePerUnit', low: 1, likely: 2, high: 3, shape: 'pert' as const },
    ]
    const options = { draws: 200, seed: 5, month: 3 }
    const whole = simulate({ ...doc, ranges }, options).result
    const alone = simulate({ ...doc, ranges }, { ...options, forecast: false }).result
    expect(alone.forecast).toEqual([])
    expect({ ...alone, forecast: whole.forecast }).toEqual(whole)
  })
})
