/** `margin levers` without `--json`: the proposed levers, then the kept backlog, as tables. */
import type { Lever, LeverEvaluation, OverrideChange } from '../../../shared/backlog'
import type { BacklogItem, WorkspaceDoc } from '../../../shared/model/types'
import { scenarioName } from '../../../shared/report/scenarioNames'
import { formatMoney, formatTable } from '../table'

export interface LeversReport {
  doc: WorkspaceDoc
  scenarioId: string | null
  /** 'YYYY-MM': the quarter's first month. */
  month: string
  levers: readonly LeverEvaluation[]
  backlog: readonly LeverEvaluation<BacklogItem>[]
}

/** The column that tells one kind of change from another: a lever's check, an item's status. */
interface Marker<C> {
  header: string
  cell(change: C): string
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text)
const dash = '—'

function payback(months: number | null): string {
  if (months === null) return dash
  return months === 1 ? '1 month' : `${months} months`
}

function rankedTable<C extends OverrideChange & { title: string }>(
  evaluations: readonly LeverEvaluation<C>[],
  marker: Marker<C>,
): string {
  const rows = evaluations.map((evaluation, index) => {
    const failed = evaluation.error !== undefined
    const { deltaGrossProfitQuarter: gain, deltaMarginPts: points } = evaluation
    return [
      `${index + 1}. ${evaluation.lever.title}`,
      failed ? dash : signed(formatMoney(gain), gain),
      failed || points === null ? dash : signed(points.toFixed(2), points),
      marker.cell(evaluation.lever),
      payback(evaluation.paybackMonths),
    ]
  })
  const table = formatTable(
    ['', 'Δ gross profit, 3 months', 'Δ margin (pts)', marker.header, 'Payback'],
    rows,
  )
  // Overrides that no longer apply (a kept item on a renamed step) are said, not hidden.
  const failures = evaluations.flatMap((evaluation) =>
    evaluation.error === undefined
      ? []
      : [`Not evaluated: ${evaluation.lever.title}: ${evaluation.error}`],
  )
  return [table, ...failures].join('\n')
}

const qualityCheck: Marker<Lever> = {
  header: 'Quality check',
  cell: (lever) => (lever.needsQualityCheck ? '✓' : ''),
}

const status: Marker<BacklogItem> = { header: 'Status', cell: (item) => item.status }

export function leversText(report: LeversReport): string {
  const { doc, scenarioId, month, levers, backlog } = report
  const sections = [
    `${scenarioName(doc, scenarioId)}: levers ranked by gross profit over the quarter from ${month}`,
    levers.length === 0
      ? 'No levers to propose for this workspace.'
      : rankedTable(levers, qualityCheck),
  ]
  if (levers.some((evaluation) => evaluation.lever.needsQualityCheck)) {
    sections.push('✓ changes routing or output length: check answer quality before shipping it.')
  }
  if (backlog.length > 0) sections.push('Kept in the backlog', rankedTable(backlog, status))
  return `${sections.join('\n\n')}\n`
}
