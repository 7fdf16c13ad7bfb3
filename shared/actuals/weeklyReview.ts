/**
 * The margin playbook's weekly review, from the Actuals overview: for the last full ISO week of
 * data (Monday to Sunday, ending on or before the last day with usage), the alerts open at its
 * end, the features by zone on the week's margin, each feature's cost over the four weeks to it,
 * and plan vs actual for the month the week ends in.
 *
 * Its CSV is long: one value per row, columns Section, Subject, Metric, Period, Value, Unit, Note,
 * so a spreadsheet can filter or pivot any section without knowing the page's layout. Values stay
 * unrounded numbers (empty where there is none); Unit says what they count; Note carries the words
 * the page shows beside them (a zone, a threshold, the plan's sentence).
 */
import Papa from 'papaparse'
import type { Zone } from '../engine/results'
import type { WorkspaceDoc } from '../model/types'
import { zoneStyles } from '../report/zones'
import {
  ALERT_METRIC_UNIT,
  SEVERITY_WORD,
  byUrgency,
  wordAlert,
  type WordedAlert,
} from './alertWords'
import { effectiveRules, openAlerts } from './alerts'
import { addDays, isoWeekStart, monthOf } from './days'
import type { ActualsOverview, RevenueSource } from './overview'
import type { PlanVsActualMonth } from './analysis/planVsActual'

/** How many weeks the cost trend shows, the review's week last. */
export const TREND_WEEKS = 4

export interface ReviewFeature {
  featureId: string
  name: string
}

export interface ReviewZoneRow extends ReviewFeature {
  zone: Zone
  /** The week's gross margin; null without revenue or usage that week. */
  marginPct: number | null
}

export interface ReviewCostRow extends ReviewFeature {
  /** Cost per week, oldest first; null for a week before the data starts. */
  costs: (number | null)[]
  /** The review week's cost against the week before, in percent; null when that had none. */
  changePct: number | null
}

export interface ReviewPlanRow {
  /** null: the portfolio (all features together). */
  featureId: string | null
  name: string
  plannedCost: number
  costToDate: number
  projectedCost: number
  overPlanPct: number | null
  summary: string
}

export interface WeeklyReview {
  /** The Monday and Sunday of the review's week. */
  weekStart: string
  weekEnd: string
  revenueSource: RevenueSource
  openAlerts: WordedAlert[]
  /** Red first, then yellow, green and no revenue; within a zone the lowest margin first. */
  zones: ReviewZoneRow[]
  /** The Mondays of the trend's weeks, oldest first. */
  trendWeeks: string[]
  costTrend: ReviewCostRow[]
  /** Plan vs actual for the month the week ends in, as of the last day of data. */
  plan: { month: string; asOf: string; rows: ReviewPlanRow[] } | null
}

/** The Monday of the last ISO week that ends on or before `lastDay`. */
export function reviewWeekStart(lastDay: string): string {
  const monday = isoWeekStart(lastDay)
  return addDays(monday, 6) === lastDay ? monday : addDays(monday, -7)
}

/**
 * The days a review reads, within the imported span: from the first trend week (or the first of
 * the month the week ends in, for the month to date, if earlier) to the last day of data (the
 * projection's trailing rate ends there).
 */
export function reviewWindow(span: { from: string; to: string }): { from: string; to: string } {
  const weekStart = reviewWeekStart(span.to)
  const trendFrom = addDays(weekStart, -7 * (TREND_WEEKS - 1))
  const monthFrom = `${monthOf(addDays(weekStart, 6))}-01`
  const from = [trendFrom, monthFrom].sort()[0]!
  return { from: from < span.from ? span.from : from, to: span.to }
}

export const weeklyReviewFileName = (review: WeeklyReview): string =>
  `weekly-review-${review.weekStart}.csv`

const ZONE_ORDER: readonly Zone[] = ['red', 'yellow', 'green', 'none']

function zoneRows(overview: ActualsOverview, doc: WorkspaceDoc, week: string): ReviewZoneRow[] {
  const rows = doc.features.map((feature): ReviewZoneRow => {
    const row = overview.tables.featureWeeks.find((r) => r.id === feature.id && r.period === week)
    return {
      featureId: feature.id,
      name: feature.name,
      zone: row?.zone ?? 'none',
      marginPct: row?.grossMarginPct ?? null,
    }
  })
  return rows.sort(
    (a, b) =>
      ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone) ||
      (a.marginPct ?? Infinity) - (b.marginPct ?? Infinity),
  )
}

function costRows(overview: ActualsOverview, doc: WorkspaceDoc, weeks: string[]): ReviewCostRow[] {
  return doc.features.map((feature): ReviewCostRow => {
    const costs = weeks.map((week) =>
      // A week the data does not cover whole would show a fraction of a week's cost.
      week < overview.from
        ? null
        : (overview.tables.featureWeeks.find((r) => r.id === feature.id && r.period === week)
            ?.cost ?? 0),
    )
    const [before = null, last = null] = costs.slice(-2)
    return {
      featureId: feature.id,
      name: feature.name,
      costs,
      changePct:
        before === null || last === null || before === 0 ? null : ((last - before) / before) * 100,
    }
  })
}

function planRow(featureId: string | null, name: string, month: PlanVsActualMonth): ReviewPlanRow {
  return {
    featureId,
    name,
    plannedCost: month.planned.cost,
    costToDate: month.monthToDate.cost,
    projectedCost: month.projected.cost,
    overPlanPct: month.overPlanPct,
    summary: month.summary,
  }
}

function planRows(overview: ActualsOverview, doc: WorkspaceDoc, month: string) {
  const { asOf, portfolio, features } = overview.planVsActual
  const total = portfolio.find((entry) => entry.month === month)
  if (asOf === null || total === undefined) return null
  const names = new Map(doc.features.map((feature) => [feature.id, feature.name]))
  const rows = [
    planRow(null, 'All features', total),
    ...features
      .filter((entry) => entry.month === month)
      .map((entry) =>
        planRow(entry.featureId, names.get(entry.featureId) ?? entry.featureId, entry),
      ),
  ]
  return { month, asOf, rows }
}

/** The review of the last full week the overview's window holds; null when it holds none. */
export function weeklyReview(overview: ActualsOverview, doc: WorkspaceDoc): WeeklyReview | null {
  const weekStart = reviewWeekStart(overview.to)
  if (weekStart < overview.from) return null
  const weekEnd = addDays(weekStart, 6)
  const rules = effectiveRules(doc)
  const trendWeeks = Array.from({ length: TREND_WEEKS }, (_, index) =>
    addDays(weekStart, 7 * (index + 1 - TREND_WEEKS)),
  )
  return {
    weekStart,
    weekEnd,
    revenueSource: overview.revenueSource,
    openAlerts: openAlerts(overview.alerts, weekEnd)
      .sort(byUrgency)
      .map((alert) => wordAlert(alert, doc, rules)),
    zones: zoneRows(overview, doc, weekStart),
    trendWeeks,
    costTrend: costRows(overview, doc, trendWeeks),
    plan: planRows(overview, doc, monthOf(weekEnd)),
  }
}

export const WEEKLY_REVIEW_CSV_COLUMNS = [
  'Section',
  'Subject',
  'Metric',
  'Period',
  'Value',
  'Unit',
  'Note',
] as const

type CsvRow = [string, string, string, string, number | null, string, string]

function alertCsvRows(review: WeeklyReview): CsvRow[] {
  const count: CsvRow = [
    'Open alerts',
    'All features',
    'Alerts open at the end of the week',
    review.weekEnd,
    review.openAlerts.length,
    'count',
    '',
  ]
  return [
    count,
    ...review.openAlerts.map(({ alert, title, subject, threshold, trend, driver }): CsvRow => [
      'Open alerts',
      subject,
      title,
      alert.openedOn,
      alert.value,
      ALERT_METRIC_UNIT[alert.rule],
      [
        SEVERITY_WORD[alert.severity],
        `opened ${alert.openedOn}`,
        threshold,
        `one window earlier ${trend}`,
        ...(driver === null ? [] : [`driver ${driver}`]),
      ].join('; '),
    ]),
  ]
}

function zoneCsvRows(review: WeeklyReview): CsvRow[] {
  const source = `revenue ${review.revenueSource}`
  return review.zones.map((row): CsvRow => [
    'Features by zone',
    row.name,
    '7-day gross margin',
    review.weekStart,
    row.marginPct,
    '%',
    `${zoneStyles[row.zone].label}; ${source}`,
  ])
}

function trendCsvRows(review: WeeklyReview): CsvRow[] {
  return review.costTrend.flatMap((row): CsvRow[] => [
    ...row.costs.map((cost, index): CsvRow => [
      'Cost trend',
      row.name,
      'Cost',
      review.trendWeeks[index] ?? '',
      cost,
      'USD',
      cost === null ? 'before the data starts' : '',
    ]),
    ['Cost trend', row.name, 'Change on the week before', review.weekStart, row.changePct, '%', ''],
  ])
}

function planCsvRows(review: WeeklyReview): CsvRow[] {
  const plan = review.plan
  if (plan === null) return []
  return plan.rows.flatMap((row): CsvRow[] => [
    ['Plan vs actual', row.name, 'Planned cost', plan.month, row.plannedCost, 'USD', ''],
    [
      'Plan vs actual',
      row.name,
      'Cost to date',
      plan.month,
      row.costToDate,
      'USD',
      `to ${plan.asOf}`,
    ],
    [
      'Plan vs actual',
      row.name,
      'Projected cost',
      plan.month,
      row.projectedCost,
      'USD',
      row.summary,
    ],
    [
      'Plan vs actual',
      row.name,
      'Projected against plan',
      plan.month,
      row.overPlanPct,
      '%',
      row.overPlanPct === null
        ? 'no planned cost'
        : row.overPlanPct > 0
          ? 'over plan'
          : 'under plan',
    ],
  ])
}

/**
 * The review as CSV text: RFC 4180 with CRLF line ends, a byte-order mark first so Excel reads it
 * as UTF-8, and formula-like text made inert (as shared/report/csv.ts writes every export).
 */
export function weeklyReviewCsv(review: WeeklyReview): string {
  const rows = [
    ...alertCsvRows(review),
    ...zoneCsvRows(review),
    ...trendCsvRows(review),
    ...planCsvRows(review),
  ]
  const text = Papa.unparse(
    {
      fields: [...WEEKLY_REVIEW_CSV_COLUMNS],
      data: rows.map((row) => row.map((cell) => cell ?? '')),
    },
    { newline: '\r\n', escapeFormulae: true },
  )
  return `\uFEFF${text}\r\n`
}
