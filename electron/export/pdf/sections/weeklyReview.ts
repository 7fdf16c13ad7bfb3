/**
 * The weekly margin review (issue #11) on a page of its own, when the exported file holds imported
 * actuals: the week and where its revenue comes from, the open alerts, the features by zone, each
 * feature's cost over four weeks and plan vs actual for the month, as the Actuals review shows them.
 */
import type { WeeklyReview } from '../../../../shared/actuals/weeklyReview'
import type { BoardReport } from '../../../../shared/report/boardReport'
import type { ReportTable } from '../../../../shared/report/reportTable'
import {
  WEEKLY_REVIEW_TITLE,
  openAlertsText,
  reviewAlertsTable,
  reviewPlanTable,
  reviewWeekText,
  reviewFeaturesTable,
} from '../../../../shared/report/weeklyReviewTables'
import { escapeHtml } from '../escape'
import { tableHtml } from '../tableHtml'
import { sectionHtml } from './section'

/** A table under its own heading; `empty` is said when it has no rows. */
function titledTable(table: ReportTable, empty: string): string {
  return `<h3>${escapeHtml(table.title)}</h3>\n${tableHtml(table, empty)}`
}

function planPart(review: WeeklyReview): string {
  const table = reviewPlanTable(review)
  return table === null
    ? '<p class="empty">No plan vs actual: the month has no imported days yet.</p>'
    : titledTable(table, 'No features.')
}

export function weeklyReviewSection(report: BoardReport): string {
  const review = report.weeklyReview
  if (review === undefined || review === null) return ''
  const parts = [
    titledTable(reviewAlertsTable(review), `${openAlertsText(review)}.`),
    titledTable(reviewFeaturesTable(review), 'No features.'),
    planPart(review),
  ]
  return sectionHtml(WEEKLY_REVIEW_TITLE, `${reviewWeekText(review)}.`, parts.join('\n'), {
    newPage: true,
  })
}
