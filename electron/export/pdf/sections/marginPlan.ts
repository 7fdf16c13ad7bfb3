/**
 * The margin plan (§12) on a page of its own: the backlog's items and the best proposed levers in
 * one table ranked by dollars, what the planned ones add together above it, how to read it below.
 */
import type { BoardReport } from '../../../../shared/report/boardReport'
import type { ReportTable } from '../../../../shared/report/reportTable'
import {
  MARGIN_PLAN_TITLE,
  marginPlanMessage,
  marginPlanNote,
  marginPlanTable,
} from '../../../../shared/report/marginPlanTables'
import { escapeHtml } from '../escape'
import { tableHtml } from '../tableHtml'
import { sectionHtml } from './section'

/**
 * The words beside the lever (status, owner, due date) are short: joined by no-break spaces they
 * keep to one line, and the lever's title wraps instead.
 */
function besideTheLeverOnOneLine(table: ReportTable): ReportTable {
  return {
    ...table,
    rows: table.rows.map((row) =>
      row.map((cell, col) =>
        col > 0 && typeof cell === 'string' ? cell.replace(/ /g, '\u00a0') : cell,
      ),
    ),
  }
}

/** Nothing when the workspace keeps no item and proposes no lever that adds gross profit. */
export function marginPlanSection(report: BoardReport): string {
  const plan = report.marginPlan
  if (plan === undefined) return ''
  return sectionHtml(
    MARGIN_PLAN_TITLE,
    marginPlanMessage(plan),
    [
      tableHtml(besideTheLeverOnOneLine(marginPlanTable(plan)), 'No levers.'),
      `<p class="caption">${escapeHtml(marginPlanNote(plan))}</p>`,
    ].join('\n'),
    { newPage: true },
  )
}
