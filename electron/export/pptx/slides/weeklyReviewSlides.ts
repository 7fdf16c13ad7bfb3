/**
 * The weekly margin review (issue #11), after the main content and before the appendix, when the
 * exported file holds imported actuals: the week, where its revenue comes from and the open alerts
 * in the message; the alerts, the features by zone with their cost trend, and plan vs actual as
 * tables, continued over as many slides as a long feature list needs.
 */
import {
  WEEKLY_REVIEW_TITLE,
  openAlertsText,
  reviewAlertsTable,
  reviewPlanTable,
  reviewWeekText,
  reviewFeaturesTable,
} from '../../../../shared/report/weeklyReviewTables'
import type { ReportTable } from '../../../../shared/report/reportTable'
import type { Deck } from '../deck'
import { addTableSlides } from '../tables/tableSlides'

export function addWeeklyReviewSlides(deck: Deck): void {
  const review = deck.report.weeklyReview
  if (review === undefined || review === null) return
  const plan = reviewPlanTable(review)
  const tables: ReportTable[] = [
    reviewAlertsTable(review),
    reviewFeaturesTable(review),
    ...(plan === null ? [] : [plan]),
  ]
  addTableSlides(
    deck,
    WEEKLY_REVIEW_TITLE,
    `${reviewWeekText(review)}. ${openAlertsText(review)}.`,
    // No open alerts leaves that table empty: the message says so.
    tables
      .filter((table) => table.rows.length > 0)
      .map((table) => ({ table, heading: table.title })),
  )
}
