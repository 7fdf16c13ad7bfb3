import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listDrivers } from '../../../shared/engine/drivers'
import { parseGoalMetric, readGoalMetric, type GoalMetric } from '../../../shared/engine/goalMetric'
import { goalSeek, type GoalSeekRequest } from '../../../shared/engine/goalSeek'
import { docAtMonth, evaluateMonth } from '../../../shared/engine/monthResult'
import { scenarioOverrides } from '../../../shared/model/overrides'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { scenarioWorkspaceArb, WHAT_IF, withoutKinks } from './arbitraryWorkspace'

const supportAgent = exampleDocument('support-agent.json')
const devtools = exampleDocument('devtools-freemium.json')
const complexMargin = parseGoalMetric('features/complex/grossMarginPct')
const portfolioMargin = parseGoalMetric('grossMarginPct')

/** The metric with `inputPath` set to `value` after the scenario's overrides. */
function metricWith(doc: WorkspaceDoc, request: GoalSeekRequest, value: number): number | null {
  const overrides = [
    ...scenarioOverrides(doc, request.scenarioId ?? null),
    { path: request.inputPath, op: 'set' as const, value },
  ]
  return readGoalMetric(evaluateMonth(doc, request.month ?? 0, overrides), request.target)
}

describe('parseGoalMetric', () => {
  it('reads portfolio and feature metrics', () => {
    expect(parseGoalMetric('grossMarginPct')).toEqual({ kind: 'grossMarginPct' })
    expect(parseGoalMetric('grossProfit')).toEqual({ kind: 'grossProfit' })
    expect(parseGoalMetric('features/complex/grossMarginPct')).toEqual({
      kind: 'grossMarginPct',
      featureId: 'complex',
    })
    expect(parseGoalMetric('features/simple/grossProfit')).toEqual({
      kind: 'grossProfit',
      featureId: 'simple',
    })
  })

  it('reads cohort metrics', () => {
    expect(parseGoalMetric('cohorts/pro-users/grossMarginPct')).toEqual({
      kind: 'grossMarginPct',
      cohortId: 'pro-users',
    })
    expect(parseGoalMetric('cohorts/free-users/grossProfit')).toEqual({
      kind: 'grossProfit',
      cohortId: 'free-users',
    })
  })

  it('refuses anything else, naming what it expects', () => {
    for (const text of [
      'revenue',
      'features/complex',
      'features//grossProfit',
      'plans/x/grossProfit',
    ]) {
      expect(() => parseGoalMetric(text)).toThrow(/features\/<id>\/grossMarginPct/)
    }
  })
})

/*
 * Support agent by hand: a GPT-4o call costs $0.05, so a complex ticket (36 calls) costs $1.80 and
 * a simple one (9 calls) $0.45; 200,000 complex and 800,000 simple tickets; COGS $720,000.
 */
describe('goal seek on the support agent', () => {
  it('finds the breakeven price at the floor: complex at 55% needs $1.80/(1 − 0.55) = $4.00', () => {
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/pricePerUnit',
      target: complexMargin,
      value: 55,
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.inputValue).toBeCloseTo(4, 9)
    expect(Math.abs(result.achieved - 55)).toBeLessThanOrEqual(55e-9)
    expect(result.baseInputValue).toBe(2)
  })

  it('prices complex tickets for a 70% portfolio: revenue $2.4M, so $800,000/200,000 = $4', () => {
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/pricePerUnit',
      target: portfolioMargin,
      value: 70,
    })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.inputValue).toBeCloseTo(4, 9)
  })

  it('routes to the small model: complex at 50% costs $1, so 36·(0.05 − 0.047·s) = 1', () => {
    // A mini call: 12000 × $0.15/M + 2000 × $0.60/M = $0.003, $0.047 less than GPT-4o.
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/steps/loop/mix/gpt-4o-mini',
      target: complexMargin,
      value: 50,
    })
    expect(result).toMatchObject({ ok: true, baseInputValue: 0 })
    if (result.ok) expect(result.inputValue).toBeCloseTo(((0.05 - 1 / 36) / 0.047) * 100, 7)
  })

  it('seeks gross profit: $640 per customer, so $1M needs 1,562.5 customers', () => {
    const result = goalSeek(supportAgent, {
      inputPath: 'cohorts/all/customers',
      target: parseGoalMetric('grossProfit'),
      value: 1_000_000,
    })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.inputValue).toBeCloseTo(1562.5, 6)
  })

  it('seeks on the scenario: under the fire drill a complex ticket costs $3.60, $8 at 55%', () => {
    const result = goalSeek(supportAgent, {
      scenarioId: 'fire-drill',
      inputPath: 'features/complex/pricePerUnit',
      target: complexMargin,
      value: 55,
    })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.inputValue).toBeCloseTo(8, 9)
  })

  it('reports an unreachable target with the closest value: at $3 the portfolio makes 67.27%', () => {
    // Revenue $1.6M + 200,000 × $3 = $2.2M; (2.2 − 0.72)/2.2 = 67.2727%.
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/pricePerUnit',
      target: portfolioMargin,
      value: 70,
      lo: 0,
      hi: 3,
    })
    expect(result).toEqual({
      ok: false,
      reason: 'grossMarginPct = 70% is unreachable between 0 and 3: the closest is 67.2727% at 3',
      closestInputValue: 3,
      closestAchieved: expect.closeTo((1.48 / 2.2) * 100, 9) as number,
      lo: 0,
      hi: 3,
    })
  })

  it('reports a target above what any price reaches: the margin stays below 100% − COGS/revenue', () => {
    const result = goalSeek(supportAgent, {
      inputPath: 'features/simple/pricePerUnit',
      target: portfolioMargin,
      value: 99.99,
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The simple price searches its valid range up to 1000× its value ($2000).
    expect(result.lo).toBe(0)
    expect(result.hi).toBe(2000)
    expect(result.closestInputValue).toBe(2000)
    expect(result.reason).toMatch(/^grossMarginPct = 99.99% is unreachable between 0 and 2000: /)
  })

  it('reports a metric the input does not move, closest at the current value', () => {
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/floorPct',
      target: portfolioMargin,
      value: 50,
    })
    expect(result).toMatchObject({ ok: false, closestInputValue: 55, lo: 0 })
    if (!result.ok) expect(result.hi).toBeLessThan(100)
  })

  it('keeps a percentage inside its valid range', () => {
    // Even all complex calls on mini (36 × $0.003 = $0.108) leave complex at 94.6%, not 99%.
    const result = goalSeek(supportAgent, {
      inputPath: 'features/complex/steps/loop/mix/gpt-4o-mini',
      target: complexMargin,
      value: 99,
      hi: 400,
    })
    expect(result).toMatchObject({ ok: false, lo: 0, hi: 100, closestInputValue: 100 })
    if (!result.ok) expect(result.closestAchieved).toBeCloseTo(((2 - 0.108) / 2) * 100, 9)
  })

  it('refuses a path naming several values, or nothing, or a metric of no feature', () => {
    const refused = (request: Partial<GoalSeekRequest>) =>
      goalSeek(supportAgent, {
        inputPath: 'features/complex/pricePerUnit',
        target: complexMargin,
        value: 55,
        ...request,
      })
    expect(refused({ inputPath: 'models/provider:openai/prices/0/inputPerMTok' })).toMatchObject({
      ok: false,
      reason:
        'models/provider:openai/prices/0/inputPerMTok names 2 values: goal seek changes exactly one (no * or provider: selectors)',
      closestInputValue: null,
      lo: null,
    })
    expect(refused({ inputPath: 'features/nope/pricePerUnit' })).toMatchObject({
      ok: false,
      reason: 'features/nope/pricePerUnit: no feature "nope"',
    })
    expect(refused({ target: parseGoalMetric('features/nope/grossProfit') })).toMatchObject({
      ok: false,
      reason: 'features/nope/grossProfit: no feature "nope"',
    })
    expect(refused({ scenarioId: 'nope' })).toMatchObject({
      ok: false,
      reason: 'unknown scenario "nope"',
    })
    expect(refused({ value: Number.NaN })).toMatchObject({ ok: false })
    expect(refused({ lo: 5, hi: 4 })).toMatchObject({
      ok: false,
      reason: 'the search range is empty: lo 5 is above hi 4',
    })
  })
})

/*
 * Devtools freemium by hand: Pro users pay 1,500 seats × $15 = $22,500; they cost the GPUs'
 * $2,800 (all completions are theirs) plus 300,000 explanations × $0.014 = $4,200, $7,000 in all
 * (68.89%). Free users pay nothing and cost 100,000 × $0.014 = $1,400.
 */
describe('goal seek on a cohort of the devtools freemium', () => {
  const proMargin = parseGoalMetric('cohorts/pro-users/grossMarginPct')

  it('reads a cohort margin and profit (revenue less COGS) from a result', () => {
    const result = evaluateMonth(devtools, 0)
    expect(readGoalMetric(result, proMargin)).toBeCloseTo((15_500 / 22_500) * 100, 9)
    expect(readGoalMetric(result, parseGoalMetric('cohorts/pro-users/grossProfit'))).toBeCloseTo(
      15_500,
      6,
    )
    expect(readGoalMetric(result, parseGoalMetric('cohorts/free-users/grossMarginPct'))).toBeNull()
    expect(readGoalMetric(result, parseGoalMetric('cohorts/nobody/grossProfit'))).toBeNull()
  })

  it('prices the Pro seat for an 80% Pro cohort: $7,000/(1 − 0.8) = $35,000, so $23.33', () => {
    const result = goalSeek(devtools, {
      inputPath: 'plans/pro/seatPrice',
      target: proMargin,
      value: 80,
    })
    expect(result).toMatchObject({ ok: true, baseInputValue: 15 })
    if (result.ok) expect(result.inputValue).toBeCloseTo(35_000 / 1500, 9)
  })

  it('prices the free seat for $1,400 of profit from free users: $2,800/1,000 seats = $2.80', () => {
    const result = goalSeek(devtools, {
      inputPath: 'plans/free/seatPrice',
      target: parseGoalMetric('cohorts/free-users/grossProfit'),
      value: 1400,
    })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.inputValue).toBeCloseTo(2.8, 9)
  })

  it('refuses a cohort that is not there', () => {
    expect(
      goalSeek(devtools, {
        inputPath: 'plans/pro/seatPrice',
        target: parseGoalMetric('cohorts/nobody/grossMarginPct'),
        value: 50,
      }),
    ).toMatchObject({ ok: false, reason: 'cohorts/nobody/grossMarginPct: no cohort "nobody"' })
  })
})

describe('goal seek on generated workspaces', () => {
  const metricsOf = (doc: WorkspaceDoc): GoalMetric[] => [
    { kind: 'grossMarginPct' },
    { kind: 'grossProfit' },
    ...doc.features.flatMap((f): GoalMetric[] => [
      { kind: 'grossMarginPct', featureId: f.id },
      { kind: 'grossProfit', featureId: f.id },
    ]),
  ]

  it('puts back an answer that meets its target within 1e-6, and reaches any portfolio value the input can give', () => {
    // Cases without a driver or a reachable value check nothing: count the ones that did.
    const ran = { noDriver: 0, unreachable: 0, solved: 0, portfolio: 0 }
    fc.assert(
      fc.property(
        scenarioWorkspaceArb.map(withoutKinks),
        fc.constantFrom(null, WHAT_IF),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (doc, scenarioId, driverPick, metricPick, factor) => {
          const drivers = listDrivers(docAtMonth(doc, scenarioOverrides(doc, scenarioId), 0), 0)
          const metrics = metricsOf(doc)
          const driver = drivers[driverPick % Math.max(1, drivers.length)]
          const target = metrics[metricPick % metrics.length] as GoalMetric
          if (!driver) {
            ran.noDriver++
            return
          }
          const request = { scenarioId, inputPath: driver.path, target, value: 0 }
          // A value the metric takes inside the search range, so a solution exists.
          const reachable = metricWith(doc, request, driver.value * factor)
          if (reachable === null) {
            ran.unreachable++
            return
          }
          const result = goalSeek(doc, { ...request, value: reachable })
          if (target.featureId === undefined) ran.portfolio++
          if (result.ok) {
            ran.solved++
            const putBack = metricWith(doc, request, result.inputValue)
            expect(putBack).not.toBeNull()
            const tolerance = 1e-6 * Math.max(1, Math.abs(reachable))
            expect(Math.abs((putBack ?? NaN) - reachable)).toBeLessThanOrEqual(tolerance)
          }
          // Portfolio revenue and COGS are linear in each generated driver, so the portfolio's
          // margin and profit are monotonic in it: every value it takes must be found.
          if (target.featureId === undefined) expect(result).toMatchObject({ ok: true })
        },
      ),
      { numRuns: 1000 },
    )
    // Every generated workspace has a driver; about a quarter of the values fall outside what
    // the metric can take. At least 60% of the runs must solve and put back an answer, and at
    // least a fifth must be portfolio targets, which are always found.
    expect(ran.solved).toBeGreaterThanOrEqual(600)
    expect(ran.portfolio).toBeGreaterThanOrEqual(200)
  })
})
