/**
 * The margin plan (marginPlan.ts) as the report's page and the deck's slide word it: the levers as
 * a report table, the message a board takes from it and the notes that say how to read it, so the
 * PDF and the deck carry the same figures in the same words.
 */
import { formatDay, formatMonth, shorten } from './labels'
import type { MarginPlan, MarginPlanRow } from './marginPlan'
import { formatCell, type ReportColumn, type ReportTable } from './reportTable'

export const MARGIN_PLAN_TITLE = 'Margin plan'

/** What the quality-check column says of a lever that needs one; the note explains it. */
export const QUALITY_CHECK_MARK = 'Needed'

/** A lever's title in the message: the table has it whole. */
const TITLE_IN_MESSAGE_CHARS = 80

const column = (label: string, kind: ReportColumn['kind']): ReportColumn => ({ label, kind })

const STATUS_WORDS = {
  idea: 'Idea',
  planned: 'Planned',
  shipped: 'Shipped',
  dropped: 'Dropped',
} as const

/** "Dec 2026 – Feb 2027", or the one month at the horizon's end. */
export function planMonthsText(plan: MarginPlan): string {
  const first = plan.months[0] ?? ''
  const last = plan.months[plan.months.length - 1] ?? first
  return first === last ? formatMonth(first) : `${formatMonth(first)} – ${formatMonth(last)}`
}

function cells(row: MarginPlanRow) {
  const evaluated = row.error === undefined
  return [
    evaluated ? row.title : `${row.title} (no longer applies to the workspace)`,
    row.kept === undefined ? 'Proposed' : STATUS_WORDS[row.kept.status],
    row.kept?.owner ?? null,
    row.kept?.due === undefined ? null : formatDay(row.kept.due),
    evaluated ? row.deltaGrossProfitQuarter : null,
    row.deltaMarginPts,
    row.needsQualityCheck ? QUALITY_CHECK_MARK : '',
    row.paybackMonths,
  ]
}

/** Ranked by dollars, kept items first; Δ margin is the portfolio's, at the report's month. */
export function marginPlanTable(plan: MarginPlan): ReportTable {
  return {
    title: 'Levers, ranked by gross profit',
    columns: [
      column('Lever', 'text'),
      column('Status', 'text'),
      column('Owner', 'text'),
      column('Due', 'text'),
      column(`Δ gross profit (${plan.months.length} months)`, 'moneyDelta'),
      column('Δ margin', 'pts'),
      column('Quality check', 'text'),
      column('Payback (months)', 'count'),
    ],
    rows: plan.rows.map(cells),
  }
}

/** "+$12,345": a gain reads with its sign, as the table's column does. */
const gain = (value: number): string => formatCell('moneyDelta', value)

/**
 * What a board takes from the plan: what the items planned or shipped add up to, and the
 * best lever nobody has kept yet.
 */
export function marginPlanMessage(plan: MarginPlan): string {
  const parts: string[] = []
  const { planned } = plan
  if (planned !== null) {
    const items =
      planned.count === 1
        ? 'The one item planned or shipped adds'
        : `The ${planned.count} items planned or shipped add`
    parts.push(
      `${items} ${gain(planned.deltaGrossProfitQuarter)} of gross profit over ` +
        `${planMonthsText(plan)}.`,
    )
  }
  const best = plan.rows.find((row) => row.kept === undefined)
  if (best !== undefined) {
    parts.push(
      `The best lever not yet kept, ${shorten(best.title, TITLE_IN_MESSAGE_CHARS)}, adds ` +
        `${gain(best.deltaGrossProfitQuarter)}.`,
    )
  }
  return parts.join(' ')
}

/** How to read the table: one footnote of short sentences. */
export function marginPlanNote(plan: MarginPlan): string {
  const notes = [
    `Δ gross profit over ${planMonthsText(plan)} and Δ portfolio margin in ` +
      `${formatMonth(plan.months[0] ?? '')}, against the report's scenario.`,
    'Kept items first, then the best proposed levers (one per set of inputs they change).',
    `Quality check ${QUALITY_CHECK_MARK.toLowerCase()}: moves calls to another model or limits ` +
      'output length.',
    'Payback: months of gain to cover a known one-off cost.',
  ]
  if (plan.planned !== null) {
    notes.push('Planned + shipped: each item judged alone, added up as the Backlog view does.')
  }
  if (plan.leftOut > 0) {
    notes.push(`${plan.leftOut} more ${plan.leftOut === 1 ? 'lever' : 'levers'} not shown.`)
  }
  return notes.join(' ')
}
