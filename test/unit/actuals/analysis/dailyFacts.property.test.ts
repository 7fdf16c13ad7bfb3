import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dailyFacts } from '../../../../shared/actuals/analysis/dailyFacts'
import { eachDay } from '../../../../shared/actuals/days'
import { compute } from '../../../../shared/engine'
import { apiModel, cohort, feature, plan, step, workspace } from '../../engine/builders'
import { aggregate } from './aggregates'

const RUNS = 200

/** A feature's plan and one month of usage exactly as planned, the same every day. */
const usage = fc.record({
  unitsPerDay: fc.integer({ min: 1, max: 500 }),
  callsPerUnit: fc.integer({ min: 1, max: 5 }),
  inputTokens: fc.integer({ min: 0, max: 20_000 }),
  outputTokens: fc.integer({ min: 0, max: 5_000 }),
  reasoningTokens: fc.integer({ min: 0, max: 5_000 }),
  inputCents: fc.integer({ min: 0, max: 2_000 }),
  outputCents: fc.integer({ min: 0, max: 8_000 }),
  componentCents: fc.integer({ min: 0, max: 100 }),
  hiddenCostPct: fc.integer({ min: 0, max: 30 }),
  fixedMonthly: fc.integer({ min: 0, max: 10_000 }),
})

describe('dailyFacts property', () => {
  it('a month of planned usage, day by day, costs what the plan says the month costs', () => {
    let runs = 0
    fc.assert(
      fc.property(usage, (u) => {
        runs++
        const days = eachDay('2026-04-01', '2026-04-30')
        const doc = workspace({
          startMonth: '2026-04',
          models: [
            apiModel('m', { inputPerMTok: u.inputCents / 100, outputPerMTok: u.outputCents / 100 }),
          ],
          features: [
            feature('f', {
              hiddenCostPct: u.hiddenCostPct,
              steps: [
                step('s', 'm', {
                  callsPerUnit: u.callsPerUnit,
                  inputTokens: u.inputTokens,
                  outputTokens: u.outputTokens,
                  reasoningTokens: u.reasoningTokens,
                }),
              ],
              components: [
                {
                  id: 'c',
                  name: 'c',
                  layer: 'support',
                  costPerUnit: u.componentCents / 100,
                  fixedMonthly: u.fixedMonthly,
                },
              ],
            }),
          ],
          plans: [plan('p')],
          cohorts: [
            cohort('c', 'p', [{ featureId: 'f', unitsPerSeat: days.length * u.unitsPerDay }]),
          ],
        })
        const calls = u.unitsPerDay * u.callsPerUnit
        const aggregates = days.map((day) =>
          aggregate({
            day,
            featureId: 'f',
            stepId: 's',
            modelId: 'm',
            units: u.unitsPerDay,
            calls,
            inputTokens: calls * u.inputTokens,
            outputTokens: calls * u.outputTokens,
            reasoningTokens: calls * u.reasoningTokens,
          }),
        )
        const facts = dailyFacts({ doc, aggregates, revenue: [] })
        const actual = facts.features.reduce((sum, day) => sum + day.cost, 0)
        const planned = compute(doc).features[0]!.cogs
        expect(Math.abs(actual - planned)).toBeLessThanOrEqual(1e-9 * Math.max(1, planned))
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })
})
