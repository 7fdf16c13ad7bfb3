import { describe, expect, it } from 'vitest'
import { featureSeries } from '../../../../shared/actuals/analysis/featureSeries'
import { periodRows } from '../../../../shared/actuals/analysis/periodRows'
import { eachDay } from '../../../../shared/actuals/days'
import type { CohortDay, DailyFacts, FeatureDay } from '../../../../shared/actuals/facts'
import { supportAgent } from './aggregates'

const featureDay = (day: string, fields: Partial<FeatureDay>): FeatureDay => ({
  day,
  featureId: 'simple',
  units: 10,
  calls: 90,
  tokenCost: 0,
  expectedCost: null,
  cost: 0,
  revenue: 20,
  revenueEstimated: true,
  drivers: {},
  ...fields,
})

/** Wednesday 7 April to Sunday 9 May 2027: a 5-day ISO week, then four whole ones. */
const days = eachDay('2027-04-07', '2027-05-09')
const weekOf = (day: string) => 1 + Math.floor((days.indexOf(day) + 2) / 7)

/** The cohort costs its week's number a day and earns $10 a day. */
const cohorts: CohortDay[] = days.map((day) => ({
  day,
  cohortId: 'all',
  units: 1,
  cost: weekOf(day),
  revenue: 10,
  revenueEstimated: true,
}))

const facts: DailyFacts = {
  from: days[0]!,
  to: days[days.length - 1]!,
  days,
  // Simple resolutions' floor is 55% with a 5-point band.
  features: [
    featureDay('2027-04-07', { cost: 8 }),
    featureDay('2027-04-08', { cost: 8.4 }),
    featureDay('2027-04-09', { cost: 10 }),
    featureDay('2027-04-10', { cost: 10, revenue: null }),
    featureDay('2027-05-08', { units: 30, cost: 3 }),
    featureDay('2027-05-09', { units: 20, cost: 4 }),
  ],
  customers: [],
  cohorts,
}

describe('featureSeries', () => {
  const series = featureSeries(facts, supportAgent(), 2)

  it('zones each day’s margin against the feature’s floor and band', () => {
    const [green, yellow, red, none] = series.dailyMargin
    expect([green, yellow, red, none].map((row) => row!.zone)).toEqual([
      'green',
      'yellow',
      'red',
      'none',
    ])
    expect(green!.grossMarginPct).toBeCloseTo(60, 12)
    expect(yellow!.grossMarginPct).toBeCloseTo(58, 12)
    expect(red!.grossMarginPct).toBeCloseTo(50, 12)
    expect(none!.grossMarginPct).toBeNull()
  })

  it('shows cost and revenue per unit over the last days', () => {
    expect(
      series.unitEconomics.map((row) => [row.period, row.costPerUnit, row.revenuePerUnit]),
    ).toEqual([
      ['2027-05-08', 0.1, 20 / 30],
      ['2027-05-09', 0.2, 1],
    ])
  })

  it('averages each cohort’s weeks over the trailing four', () => {
    const weeks = series.cohortWeeks
    expect(weeks.map((week) => [week.period, week.days, week.cost, week.revenue])).toEqual([
      ['2027-04-05', 5, 5, 50],
      ['2027-04-12', 7, 14, 70],
      ['2027-04-19', 7, 21, 70],
      ['2027-04-26', 7, 28, 70],
      ['2027-05-03', 7, 35, 70],
    ])
    expect(weeks[0]!.trailing).toEqual({ weeks: 1, cost: 5, revenue: 50, grossMarginPct: 90 })
    // Weeks 1–4: $68 and $260; weeks 2–5: $98 and $280.
    expect(weeks[3]!.trailing.cost).toBe(17)
    expect(weeks[3]!.trailing.revenue).toBe(65)
    expect(weeks[3]!.trailing.grossMarginPct).toBeCloseTo((192 / 260) * 100, 12)
    expect(weeks[4]!.trailing).toMatchObject({
      weeks: 4,
      cost: 24.5,
      revenue: 70,
      grossMarginPct: 65,
    })
  })

  it('puts each month’s margin beside its volume', () => {
    expect(series.monthly.map((row) => [row.period, row.units, row.cost, row.revenue])).toEqual([
      ['2027-04', 40, 36.4, 60],
      ['2027-05', 50, 7, 40],
    ])
  })
})

describe('periodRows', () => {
  it('zones customers and cohorts against the portfolio floor, band 5', () => {
    const [week] = periodRows(facts, { ...supportAgent(), portfolioFloorPct: 70 }, 'cohort', 'week')
    // $5 of $50: 90% against a 70% floor.
    expect(week).toMatchObject({ grossMarginPct: 90, zone: 'green', calls: null, units: 5 })
    const [tight] = periodRows(
      facts,
      { ...supportAgent(), portfolioFloorPct: 88 },
      'cohort',
      'week',
    )
    expect(tight!.zone).toBe('yellow')
  })
})
