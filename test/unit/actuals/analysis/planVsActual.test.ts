import { describe, expect, it } from 'vitest'
import { dailyFacts } from '../../../../shared/actuals/analysis/dailyFacts'
import { planVsActual, type PlanVsActual } from '../../../../shared/actuals/analysis/planVsActual'
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

  it('says the month is covered from its first day', () => {
    expect(f).toMatchObject({ coveredFrom: '2026-04-01', daysCovered: 10 })
    expect(result.portfolio[0]).toMatchObject({ coveredFrom: '2026-04-01', daysCovered: 10 })
  })

  it('has nothing to compare without usage', () => {
    const empty = planVsActual({ doc, facts: dailyFacts({ doc, aggregates: [], revenue: [] }) })
    expect(empty).toEqual({ asOf: null, features: [], portfolio: [] })
  })
})

/** f's usage, 100 units a day from `from` to `to`, billed `costOn(day)`; the facts of a window. */
function usage(from: string, to: string, costOn: (day: string) => number, window = {}) {
  const aggregates = eachDay(from, to).map((day) =>
    aggregate({
      day,
      featureId: 'f',
      modelId: 'dollar',
      units: 100,
      calls: 100,
      reportedCost: costOn(day),
    }),
  )
  const facts = dailyFacts({ doc, aggregates, revenue: [], ...window })
  return planVsActual({ doc, facts })
}

const ofMonth = (result: PlanVsActual, month: string, featureId = 'f') =>
  result.features.find((row) => row.month === month && row.featureId === featureId)!

describe('planVsActual: a month the data covers from a later day', () => {
  // Apr 16..25 at $100 a day, Apr 26..May 5 at $160: April is covered from the 16th (15 days).
  const costOn = (day: string) => (day <= '2026-04-25' ? 100 : 160)
  const result = usage('2026-04-16', '2026-05-05', costOn)
  const april = ofMonth(result, '2026-04')

  it('fills the days before the data at the month’s own average once it has ended', () => {
    expect(result.asOf).toBe('2026-05-05')
    expect(april).toMatchObject({ coveredFrom: '2026-04-16', daysCovered: 15 })
    // To date: 10 × $100 + 5 × $160 = $1,800, 1,500 units, $3,000 of revenue at $2 a unit.
    expect(april.monthToDate).toMatchObject({ units: 1500, cost: 1800, revenue: 3000 })
    // The 15 days before the 16th at the covered days' average, $1,800 / 15 = $120 and 100 units
    // a day (not May's trailing $160): $1,800 + 15 × $120 = $3,600; 3,000 units; $6,000 revenue.
    expect(april.projected.cost).toBeCloseTo(3600, 9)
    expect(april.projected.units).toBeCloseTo(3000, 9)
    expect(april.projected.revenue).toBeCloseTo(6000, 9)
    expect(april.projected.grossMarginPct).toBeCloseTo(40, 9)
    // ($3,600 − $3,000) / $3,000.
    expect(april.overPlanPct).toBeCloseTo(20, 9)
  })

  it('says the month runs from the 16th, not that it cost its covered days alone', () => {
    // Days 1..15 at $120: $1,800; 16..25 at $100: $2,800; the 26th $2,960; the 27th $3,120.
    expect(april.crossingDay).toBe(27)
    // Before: "The month cost $1,800, 40% under plan."
    expect(april.summary).toBe(
      'From the 16th at this rate the month costs $3,600, 20% over plan, crossing the plan on day 27.',
    )
    // The portfolio plans $3,000 for f and $2,000 for g: ($3,600 − $5,000) / $5,000 = −28%.
    const portfolio = result.portfolio.find((month) => month.month === '2026-04')!
    expect(portfolio).toMatchObject({ coveredFrom: '2026-04-16', daysCovered: 15 })
    expect(portfolio.crossingDay).toBeNull()
    expect(portfolio.summary).toBe(
      'From the 16th at this rate the month costs $3,600, 28% under plan.',
    )
  })

  it('leaves a month covered from its first day as it was', () => {
    // May 1..5 at $160: $800; the trailing Apr 29..May 5 at $160 a day for the 26 days left:
    // $800 + $4,160 = $4,960, 65.3% over $3,000; 160 × 19 = $3,040 is the first above $3,000.
    const may = ofMonth(result, '2026-05')
    expect(may).toMatchObject({ coveredFrom: '2026-05-01', daysCovered: 5, crossingDay: 19 })
    expect(may.projected.cost).toBeCloseTo(4960, 9)
    expect(may.summary).toBe(
      'At this rate the month costs $4,960, 65% over plan, crossing the plan on day 19.',
    )
  })

  it('starts the month at the window’s start, and lists no month before the data', () => {
    // Apr 1..15 at $999 outside the window: April reads as above.
    const later = usage(
      '2026-04-01',
      '2026-05-05',
      (day) => (day < '2026-04-16' ? 999 : costOn(day)),
      {
        from: '2026-04-16',
      },
    )
    expect(ofMonth(later, '2026-04')).toEqual(april)
    // A window from Mar 20 with no data before Apr 16: no March, and April as above.
    const earlier = usage('2026-04-16', '2026-05-05', costOn, { from: '2026-03-20' })
    expect(earlier.portfolio.map((month) => month.month)).toEqual(['2026-04', '2026-05'])
    expect(ofMonth(earlier, '2026-04')).toEqual(april)
  })

  it('fills the days before the data at the trailing rate while the month runs', () => {
    // Apr 2..8 at $120: $840 to date; the trailing rate (the window's 7 days) $120 a day fills
    // the 1st and the 22 days left: $840 + 23 × $120 = $3,600, 20% over. 120 × 26 = $3,120 is the
    // first above $3,000.
    const running = ofMonth(
      usage('2026-04-02', '2026-04-08', () => 120),
      '2026-04',
    )
    expect(running).toMatchObject({ coveredFrom: '2026-04-02', daysCovered: 7, crossingDay: 26 })
    expect(running.monthToDate).toMatchObject({ units: 700, cost: 840 })
    expect(running.projected.cost).toBeCloseTo(3600, 9)
    expect(running.projected.units).toBeCloseTo(3000, 9)
    expect(running.summary).toBe(
      'From the 2nd at this rate the month costs $3,600, 20% over plan, crossing the plan on day 26.',
    )
  })
})
