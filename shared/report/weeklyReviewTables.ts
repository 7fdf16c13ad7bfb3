/**
 * The weekly review (shared/actuals/weeklyReview.ts) as the report's page and the deck's slide
 * show it: its parts as report tables, formatted by the shared cellText, so the PDF and the deck
 * carry the same figures in the same words. Every number is the review's; this only arranges them.
 */
import { revenueSourceWords } from '../actuals/revenueSource'
import { SEVERITY_WORD } from '../actuals/alertWords'
import type { WeeklyReview } from '../actuals/weeklyReview'
import { formatPct } from './format'
import { formatDay, formatMonth } from './labels'
import type { ReportColumn, ReportTable } from './reportTable'
import { zoneStyles } from './zones'

export const WEEKLY_REVIEW_TITLE = 'Weekly margin review'

const column = (label: string, kind: ReportColumn['kind']): ReportColumn => ({ label, kind })

/** "Monday Nov 2, 2026 to Sunday Nov 8, 2026, the last full week of data; revenue imported". */
export function reviewWeekText(review: WeeklyReview): string {
  return (
    `Monday ${formatDay(review.weekStart)} to Sunday ${formatDay(review.weekEnd)}, the last full ` +
    `week of data; revenue ${revenueSourceWords[review.revenueSource]}`
  )
}

/** "2 alerts open at the end of the week, 1 red" or "No alerts open at the end of the week". */
export function openAlertsText(review: WeeklyReview): string {
  const count = review.openAlerts.length
  if (count === 0) return 'No alerts open at the end of the week'
  const red = review.openAlerts.filter(({ alert }) => alert.severity === 'red').length
  const alerts = `${count} ${count === 1 ? 'alert' : 'alerts'} open at the end of the week`
  return red === 0 ? alerts : `${alerts}, ${red} red`
}

export function reviewAlertsTable(review: WeeklyReview): ReportTable {
  return {
    title: 'Open alerts',
    columns: [
      column('Severity', 'text'),
      column('Alert', 'text'),
      column('Subject', 'text'),
      column('Value', 'text'),
      column('Threshold', 'text'),
      column('Open since', 'text'),
    ],
    rows: review.openAlerts.map(({ alert, title, subject, value, threshold }) => [
      SEVERITY_WORD[alert.severity],
      title,
      subject,
      value,
      threshold,
      formatDay(alert.openedOn),
    ]),
  }
}

/** "+12%", "−5%", "0%": a rise in cost is the news a review looks for, so the sign is always shown. */
function changeText(pct: number | null): string | null {
  if (pct === null) return null
  const rounded = Math.round(pct)
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : ''
  return `${sign}${formatPct(Math.abs(rounded), 0)}`
}

/**
 * One row per feature, worst zone first: the week's zone and margin beside its cost in each of the
 * four weeks and the change on the week before. One table rather than two lists of every feature,
 * so a page or slide holds the review of twice as many.
 */
export function reviewFeaturesTable(review: WeeklyReview): ReportTable {
  const trends = new Map(review.costTrend.map((row) => [row.featureId, row]))
  return {
    title: 'Features by zone, with four weeks of cost',
    columns: [
      column('Feature', 'text'),
      column('Zone', 'zone'),
      column(`Gross margin, week of ${formatDay(review.weekStart)}`, 'pct'),
      ...review.trendWeeks.map((week) => column(`Cost, week of ${formatDay(week)}`, 'money')),
      // Signed text in a figure column: it aligns with the figures beside it.
      column('Cost change on the week before', 'pct'),
    ],
    rows: review.zones.map((row) => {
      const trend = trends.get(row.featureId)
      return [
        row.name,
        zoneStyles[row.zone].label,
        row.marginPct,
        ...review.trendWeeks.map((_, index) => trend?.costs[index] ?? null),
        changeText(trend?.changePct ?? null),
      ]
    }),
  }
}

/** Null when the review has no plan to compare with (no data in the month yet). */
export function reviewPlanTable(review: WeeklyReview): ReportTable | null {
  const plan = review.plan
  if (plan === null) return null
  return {
    title: `Plan vs actual for ${formatMonth(plan.month)}, from the actuals to ${formatDay(plan.asOf)}`,
    columns: [
      column('Feature', 'text'),
      column('Planned cost', 'money'),
      column('Cost to date', 'money'),
      column('For the month', 'text'),
    ],
    rows: plan.rows.map((row) => [row.name, row.plannedCost, row.costToDate, row.summary]),
  }
}
