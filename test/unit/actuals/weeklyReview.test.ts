import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Alert } from '../../../shared/actuals/alerts'
import type { PeriodRow } from '../../../shared/actuals/analysis/periodRows'
import type { PlanVsActualMonth } from '../../../shared/actuals/analysis/planVsActual'
import type { ActualsOverview } from '../../../shared/actuals/overview'
import {
  reviewWeekStart,
  reviewWindow,
  WEEKLY_REVIEW_CSV_COLUMNS,
  weeklyReview,
  weeklyReviewCsv,
  weeklyReviewFileName,
} from '../../../shared/actuals/weeklyReview'
import { DOLLAR_MODEL, dollarFeature, workspace } from '../engine/builders'

const doc = workspace({
  models: [DOLLAR_MODEL],
  features: [
    { ...dollarFeature('chat', 1), name: 'Chat' },
    { ...dollarFeature('search', 1), name: 'Search' },
    { ...dollarFeature('idle', 1), name: 'Idle' },
  ],
})

function week(id: string, period: string, cost: number, fields: Partial<PeriodRow> = {}) {
  return {
    period,
    id,
    days: 7,
    units: 100,
    calls: 100,
    cost,
    expectedCost: cost,
    revenue: null,
    revenueEstimated: true,
    costPerUnit: cost / 100,
    revenuePerUnit: null,
    grossMarginPct: null,
    zone: 'none',
    ...fields,
  } satisfies PeriodRow
}

function alert(fields: Partial<Alert> & Pick<Alert, 'rule' | 'openedOn'>): Alert {
  return {
    closedOn: null,
    value: 0,
    threshold: 0,
    trend: null,
    driver: null,
    severity: 'yellow',
    ...fields,
  }
}

function month(summary: string, planned: number, toDate: number, projected: number) {
  const figures = (cost: number) => ({
    units: 0,
    cost,
    costPerUnit: null,
    revenue: null,
    grossMarginPct: null,
  })
  return {
    month: '2026-11',
    planned: figures(planned),
    monthToDate: figures(toDate),
    projected: figures(projected),
    overPlanPct: ((projected - planned) / planned) * 100,
    crossingDay: null,
    summary,
  } satisfies PlanVsActualMonth
}

/**
 * Data from Monday 2 Nov to Wednesday 2 Dec 2026: the last full ISO week is 23–29 Nov. Chat's
 * weekly cost runs 100, 120, 150, 180 over the four weeks to it; Search starts with the week of
 * 16 Nov (the window's first day, so the two weeks before it are not in the data).
 */
const overview = {
  from: '2026-11-16',
  to: '2026-12-02',
  revenueSource: 'estimated',
  tables: {
    featureWeeks: [
      week('chat', '2026-11-16', 150),
      week('chat', '2026-11-23', 180, { zone: 'red', grossMarginPct: 40 }),
      week('chat', '2026-11-30', 90, { zone: 'green', grossMarginPct: 90 }),
      week('search', '2026-11-16', 50),
      week('search', '2026-11-23', 40, { zone: 'yellow', grossMarginPct: 62 }),
    ],
  },
  alerts: [
    // Open at the week's end, yellow: listed after the red one.
    alert({
      rule: 'yellow-7d',
      featureId: 'search',
      openedOn: '2026-11-20',
      value: 62,
      threshold: 65,
    }),
    alert({
      rule: 'red-3d',
      featureId: 'chat',
      openedOn: '2026-11-25',
      severity: 'red',
      value: 40.04,
      threshold: 60,
      trend: 71.5,
      driver: 'step:call',
    }),
    // Closed before the week ended, and opened after it: neither is open at its end.
    alert({
      rule: 'price-change',
      modelId: 'dollar',
      openedOn: '2026-11-10',
      closedOn: '2026-11-17',
    }),
    alert({ rule: 'cost-per-unit-jump', featureId: 'chat', openedOn: '2026-12-01' }),
  ],
  planVsActual: {
    asOf: '2026-12-02',
    portfolio: [
      month('The month cost $630, 5% over plan, crossing the plan on day 29.', 600, 630, 630),
    ],
    features: [{ featureId: 'chat', ...month('The month cost $540.', 500, 540, 540) }],
  },
} as unknown as ActualsOverview

describe('the weekly review', () => {
  const review = weeklyReview(overview, doc)!

  it('reviews the last ISO week that ended by the last day of data', () => {
    expect(reviewWeekStart('2026-12-02')).toBe('2026-11-23')
    // A Sunday ends its own week.
    expect(reviewWeekStart('2026-11-29')).toBe('2026-11-23')
    expect(reviewWeekStart('2026-11-28')).toBe('2026-11-16')
    expect(review.weekStart).toBe('2026-11-23')
    expect(review.weekEnd).toBe('2026-11-29')
    expect(weeklyReviewFileName(review)).toBe('weekly-review-2026-11-23.csv')
  })

  it('reads the trend weeks and the month to date, within the imported days', () => {
    // Week of 23 Nov: trend from 2 Nov, the month from 1 Nov.
    expect(reviewWindow({ from: '2026-10-01', to: '2026-12-02' })).toEqual({
      from: '2026-11-01',
      to: '2026-12-02',
    })
    // Week of 27 Apr 2026 ends 3 May: its month starts after the trend's first week (6 Apr).
    expect(reviewWindow({ from: '2026-01-01', to: '2026-05-05' })).toEqual({
      from: '2026-04-06',
      to: '2026-05-05',
    })
    expect(reviewWindow({ from: '2026-11-20', to: '2026-12-02' })).toEqual({
      from: '2026-11-20',
      to: '2026-12-02',
    })
  })

  it('has none when the window holds no full week', () => {
    expect(weeklyReview({ ...overview, from: '2026-11-25' }, doc)).toBeNull()
  })

  it('lists the alerts open at the end of the week, red first, in words', () => {
    expect(review.openAlerts.map((a) => [a.alert.rule, a.subject])).toEqual([
      ['red-3d', 'Chat'],
      ['yellow-7d', 'Search'],
    ])
    expect(review.openAlerts[0]).toMatchObject({
      title: '3-day margin below floor',
      value: '40.0%',
      threshold: 'floor 60.0%',
      trend: '71.5%',
      driver: 'Step call',
    })
    expect(review.openAlerts[1]).toMatchObject({
      title: '7-day margin in the yellow band',
      trend: '—',
      driver: null,
    })
  })

  it('puts every feature in the zone of its week’s margin, worst first', () => {
    expect(review.zones).toEqual([
      { featureId: 'chat', name: 'Chat', zone: 'red', marginPct: 40 },
      { featureId: 'search', name: 'Search', zone: 'yellow', marginPct: 62 },
      { featureId: 'idle', name: 'Idle', zone: 'none', marginPct: null },
    ])
  })

  it('gives four weeks of cost to the review week, and its change on the week before', () => {
    expect(review.trendWeeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'])
    const [chat, search, idle] = review.costTrend
    // Weeks before the window's first day are not in the data: no cost rather than a false 0.
    expect(chat?.costs).toEqual([null, null, 150, 180])
    // (180 − 150) / 150 = +20%; (40 − 50) / 50 = −20%.
    expect(chat?.changePct).toBeCloseTo(20, 12)
    expect(search?.changePct).toBeCloseTo(-20, 12)
    expect(idle).toMatchObject({ costs: [null, null, 0, 0], changePct: null })
  })

  it('brings plan vs actual for the month the week ends in', () => {
    expect(review.plan?.month).toBe('2026-11')
    expect(review.plan?.asOf).toBe('2026-12-02')
    expect(review.plan?.rows.map((row) => [row.name, row.projectedCost, row.summary])).toEqual([
      ['All features', 630, 'The month cost $630, 5% over plan, crossing the plan on day 29.'],
      ['Chat', 540, 'The month cost $540.'],
    ])
  })

  it('writes a long CSV, one value per row', () => {
    const text = weeklyReviewCsv(review)
    expect(text.startsWith('\uFEFFSection,Subject,Metric,Period,Value,Unit,Note\r\n')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { newline: '\r\n' }).data
    expect(rows[0]).toEqual([...WEEKLY_REVIEW_CSV_COLUMNS])
    const body = rows.slice(1)
    const section = (name: string) => body.filter((row) => row[0] === name)
    expect(section('Open alerts')).toEqual([
      [
        'Open alerts',
        'All features',
        'Alerts open at the end of the week',
        '2026-11-29',
        '2',
        'count',
        '',
      ],
      [
        'Open alerts',
        'Chat',
        '3-day margin below floor',
        '2026-11-25',
        '40.04',
        '%',
        'Red; opened 2026-11-25; floor 60.0%; one window earlier 71.5%; driver Step call',
      ],
      [
        'Open alerts',
        'Search',
        '7-day margin in the yellow band',
        '2026-11-20',
        '62',
        '%',
        'Yellow; opened 2026-11-20; band top 65.0%; one window earlier —',
      ],
    ])
    expect(section('Features by zone')[0]).toEqual([
      'Features by zone',
      'Chat',
      '7-day gross margin',
      '2026-11-23',
      '40',
      '%',
      'Below floor; revenue estimated',
    ])
    // 3 features × (4 weeks + the change).
    expect(section('Cost trend')).toHaveLength(15)
    expect(section('Cost trend').filter((row) => row[1] === 'Chat')).toEqual([
      ['Cost trend', 'Chat', 'Cost', '2026-11-02', '', 'USD', 'before the data starts'],
      ['Cost trend', 'Chat', 'Cost', '2026-11-09', '', 'USD', 'before the data starts'],
      ['Cost trend', 'Chat', 'Cost', '2026-11-16', '150', 'USD', ''],
      ['Cost trend', 'Chat', 'Cost', '2026-11-23', '180', 'USD', ''],
      ['Cost trend', 'Chat', 'Change on the week before', '2026-11-23', '20', '%', ''],
    ])
    expect(section('Plan vs actual').filter((row) => row[1] === 'All features')).toEqual([
      ['Plan vs actual', 'All features', 'Planned cost', '2026-11', '600', 'USD', ''],
      ['Plan vs actual', 'All features', 'Cost to date', '2026-11', '630', 'USD', 'to 2026-12-02'],
      [
        'Plan vs actual',
        'All features',
        'Projected cost',
        '2026-11',
        '630',
        'USD',
        'The month cost $630, 5% over plan, crossing the plan on day 29.',
      ],
      [
        'Plan vs actual',
        'All features',
        'Projected against plan',
        '2026-11',
        '5',
        '%',
        'over plan',
      ],
    ])
  })

  it('makes names that look like formulas inert', () => {
    const risky = workspace({
      ...doc,
      features: [{ ...dollarFeature('chat', 1), name: '=HACK()' }],
    })
    const text = weeklyReviewCsv(weeklyReview(overview, risky)!)
    expect(text).toContain(`"'=HACK()"`)
  })
})
