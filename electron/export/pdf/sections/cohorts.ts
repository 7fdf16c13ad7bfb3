import type { BoardReport } from '../../../../shared/report/boardReport'
import { cohortsTable } from '../../../../shared/report/resultTables'
import { chartHtml } from '../chartHtml'
import { buildAiCogsPerSeatFigure } from '../charts/aiCogsPerSeatFigure'
import { escapeHtml } from '../escape'
import { tableHtml } from '../tableHtml'
import { sectionHtml } from './section'

/** AI COGS per seat by cohort: the chart, then every cohort's figures in a table. */
export function cohortsSection(report: BoardReport): string {
  const withSeats = report.result.cohorts.filter((cohort) => cohort.aiCogsPerSeat !== null)
  const without = report.result.cohorts
    .filter((cohort) => cohort.aiCogsPerSeat === null)
    .map((cohort) => report.names.cohorts[cohort.id] ?? cohort.id)
  const chart =
    withSeats.length > 0
      ? chartHtml(
          buildAiCogsPerSeatFigure({ cohorts: withSeats, names: report.names.cohorts }),
          'Revenue per seat and AI COGS per seat, one pair of bars per cohort',
        )
      : '<p class="empty">No cohort has seats, so there is no per-seat cost to show.</p>'
  const note =
    without.length > 0 && withSeats.length > 0
      ? `<p class="caption">Not drawn (no seats): ${escapeHtml(without.join(', '))}.</p>`
      : ''
  const chartPart = sectionHtml(
    'AI COGS per seat, by cohort',
    'What a seat brings in each month and what its AI features cost to serve.',
    chart + note,
    { keep: true },
  )
  const tablePart = sectionHtml(
    'Cohorts',
    'Every cohort this month; its zone is against the portfolio floor.',
    tableHtml(cohortsTable(report), 'No cohorts yet.'),
  )
  return `${chartPart}\n${tablePart}`
}
