import { describe, expect, it } from 'vitest'
import { dailyFacts } from '../../../../shared/actuals/analysis/dailyFacts'
import { planVsActual } from '../../../../shared/actuals/analysis/planVsActual'
import { eachDay } from '../../../../shared/actuals/days'
import { cohort, DOLLAR_MODEL, dollarFeature, plan, workspace } from '../../engine/builders'
import { aggregate } from './aggregates'

/**
 * April 2026 (30 days) plans 3,000 units of f at $1 each, sold at $2 ($3,000 cost, 50% margin),
 * and 1,000 units of g at $2 each ($2,000).
 */
const doc = workspace({
  startMonth: '2026-04',
  models: [DOLLAR_MODEL],
  features: [
    dollarFeature('f', 1, { pricePerUnit: 2 }),
    dollarFeature('g', 2, { pricePerUnit: 2 }),
  ],
  plans: [plan('p')],
  cohorts: [
    cohort('c', 'p', [
      { featureId: 'f', unitsPerSeat: 3000 },
      { featureId: 'g', unitsPerSeat: 1000 },
    ]),
  ],
})

/** f's first ten days of April: 100 units a day, billed `costOn(day)`. */
function tenDays(costOn: (dayOfMonth: number) => number) {
  const aggregates = eachDay('2026-04-01', '2026-04-10').map((day, index) =>
    aggregate({
      day,
      featureId: 'f',
      modelId: 'dollar',
      units: 100,
      calls: 100,
      reportedCost: costOn(index + 1),
    }),
  )
  return planVsActual({ doc, facts: dailyFacts({ doc, aggregates, revenue: [] }) })
}

describe('planVsActual', () => {
  // $100 a day for three days, then $130: the trailing 7 days run at $130 a day.
  const result = tenDays((day) => (day <= 3 ? 100 : 130))
  const f = result.features.find((row) => row.featureId === 'f')!

  it('puts the plan’s month beside the month to date', () => {
    expect(result.asOf).toBe('2026-04-10')
    expect(f.month).toBe('2026-04')
    expect(f.planned).toEqual({
      units: 3000,
      cost: 3000,
      costPerUnit: 1,
      revenue: 6000,
      grossMarginPct: 50,
    })
    // 3 × $100 + 7 × $130; revenue estimated at $2 a unit.
    expect(f.monthToDate).toMatchObject({ units: 1000, cost: 1210, revenue: 2000 })
    expect(f.monthToDate.costPerUnit).toBeCloseTo(1.21, 12)
  })

  it('projects the rest of the month at the trailing-7-day rate', () => {
    // 20 days left: $1,210 + 20 × $130 = $3,810; 1,000 + 20 × 100 units; revenue $6,000.
    expect(f.projected.cost).toBeCloseTo(3810, 9)
    expect(f.projected.units).toBeCloseTo(3000, 9)
    expect(f.projected.grossMarginPct).toBeCloseTo(36.5, 9)
    expect(f.overPlanPct).toBeCloseTo(27, 9)
  })

  it('finds the day the cost crosses the plan', () => {
    // $1,210 by day 10; day 23 reaches $2,900, day 24 $3,030 > $3,000.
    expect(f.crossingDay).toBe(24)
    expect(f.summary).toBe(
      'At this rate the month costs $3,810, 27% over plan, crossing the plan on day 24.',
    )
  })

  it('says so when the month runs under plan', () => {
    const under = tenDays(() => 50).features.find((row) => row.featureId === 'f')!
    expect(under.crossingDay).toBeNull()
    expect(under.summary).toBe('At this rate the month costs $1,500, 50% under plan.')
  })

  it('totals the portfolio over every planned feature', () => {
    const [portfolio] = result.portfolio
    expect(portfolio!.planned).toMatchObject({ units: 4000, cost: 5000, revenue: 8000 })
    // g has no actuals: $3,810 against $5,000 is 23.8% under.
    expect(portfolio!.projected.cost).toBeCloseTo(3810, 9)
    expect(portfolio!.summary).toBe('At this rate the month costs $3,810, 24% under plan.')
    const g = result.features.find((row) => row.featureId === 'g')!
    expect(g.monthToDate).toMatchObject({ units: 0, cost: 0, costPerUnit: null })
  })

  it('has nothing to compare without usage', () => {
    const empty = planVsActual({ doc, facts: dailyFacts({ doc, aggregates: [], revenue: [] }) })
    expect(empty).toEqual({ asOf: null, features: [], portfolio: [] })
  })
})
