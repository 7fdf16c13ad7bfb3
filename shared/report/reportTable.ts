/**
 * A results table as every output shows it: the screen's copy action, CSV, the deck, the PDF.
 * Cells hold raw engine numbers; each column says how they are formatted for reading, so a
 * CSV keeps full precision while a slide shows "$1,234" and "64.0%".
 */
import {
  formatCents,
  formatCompactMoney,
  formatMoney,
  formatNumber,
  formatPct,
  formatUnitMoney,
} from './format'
import { formatMonth } from './labels'

export type ColumnKind =
  | 'text'
  /** Whole dollars: totals, revenue, COGS. */
  | 'money'
  /** Totals where space is short: "$12.7M". */
  | 'moneyCompact'
  /** Unit prices and costs: cents and fractions of a cent. */
  | 'unitMoney'
  /** Amounts per seat or per customer: to the cent. */
  | 'cents'
  /** A percent value (77.5 means 77.5%). */
  | 'pct'
  /** A difference of two percent values, in percentage points. */
  | 'pts'
  | 'count'
  | 'ratio'
  /** 'YYYY-MM'. */
  | 'month'
  /** A zone's words ("Below floor"): outputs that colour zones colour these cells, and only these. */
  | 'zone'
  /** Signed differences, for comparison columns: "+$1,234", "−3". */
  | 'moneyDelta'
  | 'countDelta'
  /** The row says: see ReportTable.rowKinds (a table of metrics, one kind per row). */
  | 'byRow'
  /** The difference of the row's kind: money → moneyDelta, pct → pts, count → countDelta. */
  | 'byRowDelta'

export type Cell = string | number | null

export interface ReportColumn {
  label: string
  kind: ColumnKind
}

export interface ReportTable {
  title: string
  columns: ReportColumn[]
  rows: Cell[][]
  /** For 'byRow' and 'byRowDelta' columns: each row's kind. */
  rowKinds?: ColumnKind[]
}

const MISSING = '—'

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text
}

const deltaKinds: Partial<Record<ColumnKind, ColumnKind>> = {
  money: 'moneyDelta',
  moneyCompact: 'moneyDelta',
  unitMoney: 'moneyDelta',
  cents: 'moneyDelta',
  pct: 'pts',
  count: 'countDelta',
}

/** The kind a cell is formatted as: its column's, or its row's in a table of metrics. */
export function cellKind(table: ReportTable, row: number, col: number): ColumnKind {
  const kind = table.columns[col]?.kind ?? 'text'
  if (kind !== 'byRow' && kind !== 'byRowDelta') return kind
  const rowKind = table.rowKinds?.[row] ?? 'text'
  return kind === 'byRow' ? rowKind : (deltaKinds[rowKind] ?? 'text')
}

/** Words rather than figures: aligned left in every output. */
export const isTextKind = (kind: ColumnKind): boolean =>
  kind === 'text' || kind === 'month' || kind === 'zone'

/** Cell `col` of row `row` as a reader sees it. */
export function cellText(table: ReportTable, row: number, col: number): string {
  return formatCell(cellKind(table, row, col), table.rows[row]?.[col] ?? null)
}

/** A value as a reader sees it. Deltas carry their sign. */
export function formatCell(kind: ColumnKind, value: Cell): string {
  if (value === null) return MISSING
  if (typeof value === 'string') return kind === 'month' ? formatMonth(value) : value
  switch (kind) {
    case 'money':
      return formatMoney(value)
    case 'moneyCompact':
      return formatCompactMoney(value)
    case 'unitMoney':
      return formatUnitMoney(value)
    case 'cents':
      return formatCents(value)
    case 'pct':
      return formatPct(value)
    case 'pts':
      return Number.isFinite(value) ? signed(`${value.toFixed(1)} pts`, value) : MISSING
    case 'count':
      return formatNumber(value, 0)
    case 'moneyDelta':
      return signed(formatMoney(value), value)
    case 'countDelta':
      return signed(formatNumber(value, 0), value)
    case 'ratio':
      // Always two places, so a column of ratios lines up: 0.30 beside 0.24.
      return Number.isFinite(value) ? value.toFixed(2) : MISSING
    case 'text':
    case 'month':
    case 'zone':
    case 'byRow':
    case 'byRowDelta':
      return String(value)
  }
}
