/** Judging levers in dollars: a Δ computed by hand from §3, failures, ranking and payback. */
import { describe, expect, it } from 'vitest'
import { candidateLevers, evaluateLevers, type OverrideChange } from '../../../shared/backlog'
import type { Override } from '../../../shared/model/types'
import { apiModel, cohort, feature, plan, step, workspace } from '../engine/builders'
import { exampleDocument } from '../../fixtures/documents'

/**
 * One feature, one seat using 100 units a month, sold at $2 a unit. A unit's one call of a million
 * input tokens at $1/MTok costs $1; 20% of units come from the response cache and 10% hidden cost
 * is added: variable cost 0.8 × $1 × 1.1 = $0.88 a unit, COGS $88, revenue $200, margin 56%.
 */
const DOC = workspace({
  models: [apiModel('m', { inputPerMTok: 1, outputPerMTok: 0 })],
  features: [
    feature('f', {
      name: 'Answers',
      pricePerUnit: 2,
      responseCacheHitPct: 20,
      hiddenCostPct: 10,
      steps: [step('s', 'm', { inputTokens: 1_000_000 })],
    }),
  ],
  plans: [plan('p')],
  cohorts: [cohort('c', 'p', [{ featureId: 'f', unitsPerSeat: 100 }])],
})

const change = (id: string, overrides: Override[]): OverrideChange => ({ id, overrides })

describe('evaluateLevers', () => {
  it('gives response-cache +10 pts the Δ worked out by hand', () => {
    const lever = candidateLevers(DOC, null).find((l) => l.id === 'response-cache:f:+10')!
    const [evaluation] = evaluateLevers(DOC, null, [lever])
    // At 30% hits a unit costs 0.7 × $1 × 1.1 = $0.77: $11 less a month on 100 units, $33 a
    // quarter; COGS $77 of $200 is a 61.5% margin, 5.5 points up.
    expect(evaluation!.deltaGrossProfitQuarter).toBeCloseTo(33, 9)
    expect(evaluation!.deltaMarginPts).toBeCloseTo(5.5, 9)
    expect(evaluation!.features).toHaveLength(1)
    expect(evaluation!.features[0]!.marginBefore).toBeCloseTo(56, 9)
    expect(evaluation!.features[0]!.marginAfter).toBeCloseTo(61.5, 9)
    expect(evaluation!.features[0]!.deltaPts).toBeCloseTo(5.5, 9)
  })

  it('ranks by dollars, ties by id, and a change that no longer applies last with its error', () => {
    const ranked = evaluateLevers(DOC, null, [
      change('gone', [{ path: 'features/gone/pricePerUnit', op: 'set', value: 3 }]),
      change('cheaper', [{ path: 'features/f/pricePerUnit', op: 'set', value: 1 }]),
      change('b-dearer', [{ path: 'features/f/pricePerUnit', op: 'add', value: 1 }]),
      change('a-dearer', [{ path: 'features/f/pricePerUnit', op: 'set', value: 3 }]),
    ])
    expect(ranked.map((evaluation) => evaluation.lever.id)).toEqual([
      'a-dearer',
      'b-dearer',
      'cheaper',
      'gone',
    ])
    expect(ranked[0]!.deltaGrossProfitQuarter).toBeCloseTo(300, 9)
    expect(ranked[2]!.deltaGrossProfitQuarter).toBeCloseTo(-300, 9)
    const failed = ranked[3]!
    expect(failed.error).toMatch(/features\/gone/)
    expect(failed).toMatchObject({ deltaGrossProfitQuarter: 0, deltaMarginPts: null, features: [] })
    expect(ranked.slice(0, 3).every((evaluation) => evaluation.error === undefined)).toBe(true)
  })

  it('reports a proposed lever whose step has since been renamed, instead of throwing', () => {
    const stale = candidateLevers(DOC, null).find((l) => l.kind === 'compress-input')!
    const renamed = {
      ...DOC,
      features: [
        { ...DOC.features[0]!, steps: [{ ...DOC.features[0]!.steps[0]!, id: 'renamed' }] },
      ],
    }
    const fresh = candidateLevers(renamed, null)
    const ranked = evaluateLevers(renamed, null, [stale, ...fresh])
    expect(ranked.at(-1)!.lever).toBe(stale)
    expect(ranked.at(-1)!.error).toMatch(/steps\/s\b/)
    expect(ranked.filter((evaluation) => evaluation.error !== undefined)).toHaveLength(1)
  })

  it('pays back a one-off cost in whole months of the average monthly gain', () => {
    const raise = change('raise', [{ path: 'features/f/pricePerUnit', op: 'add', value: 0.07 }])
    const costs = new Map([['raise', 100]])
    // $7 more a month: $100 takes 14.3 months, so 15.
    expect(evaluateLevers(DOC, null, [raise], { oneOffCosts: costs })[0]!.paybackMonths).toBe(15)
    expect(evaluateLevers(DOC, null, [raise])[0]!.paybackMonths).toBeNull()
    // A cost the change carries itself (a self-host setup) counts unless the caller gives one.
    const carried = { ...raise, oneOffCost: 70 }
    expect(evaluateLevers(DOC, null, [carried])[0]!.paybackMonths).toBe(10)
    expect(evaluateLevers(DOC, null, [carried], { oneOffCosts: costs })[0]!.paybackMonths).toBe(15)
    // No gain, no payback.
    const cut = change('cut', [{ path: 'features/f/pricePerUnit', op: 'add', value: -1 }])
    expect(
      evaluateLevers(DOC, null, [cut], { oneOffCosts: new Map([['cut', 5]]) })[0]!.paybackMonths,
    ).toBeNull()
  })

  it('clips the quarter to the horizon', () => {
    const short = { ...DOC, horizonMonths: 2 }
    const raise = change('raise', [{ path: 'features/f/pricePerUnit', op: 'add', value: 1 }])
    expect(evaluateLevers(short, null, [raise])[0]!.deltaGrossProfitQuarter).toBeCloseTo(200, 9)
    expect(
      evaluateLevers(short, null, [raise], { month: 1 })[0]!.deltaGrossProfitQuarter,
    ).toBeCloseTo(100, 9)
  })
})

describe('a kept item whose overrides make the workspace invalid', () => {
  it('is not believed: with the check it comes back with the reason, ranked last', () => {
    const doc = exampleDocument('support-agent.json')
    const item = {
      id: 'cache-150',
      overrides: [{ path: 'features/complex/responseCacheHitPct', op: 'set' as const, value: 150 }],
    }
    const [unchecked] = evaluateLevers(doc, null, [item])
    expect(unchecked!.error).toBeUndefined()
    const [checked] = evaluateLevers(doc, null, [item], { check: true })
    expect(checked!.error).toBe(
      'makes features[complex].responseCacheHitPct invalid: must be between 0 and 100, got 150',
    )
    expect(checked!.deltaGrossProfitQuarter).toBe(0)
  })
})
