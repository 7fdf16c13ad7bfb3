/**
 * Tables as CSV or TSV text. Numbers stay unrounded numbers, so each header names its unit
 * ("Revenue (USD)", "Gross margin (%)"); a table of metrics, one kind per row, gets a Unit column.
 * Text that a spreadsheet would run as a formula is made inert (OWASP "CSV injection"):
 * papaparse's `escapeFormulae` puts a `'` before a leading =, +, -, @, tab or carriage return, so
 * `=HYPERLINK(…)` arrives as the words typed.
 */
import Papa from 'papaparse'
import type { Cell, ColumnKind, ReportColumn, ReportTable } from './reportTable'

const units: Partial<Record<ColumnKind, string>> = {
  money: 'USD',
  moneyCompact: 'USD',
  unitMoney: 'USD',
  cents: 'USD',
  moneyDelta: 'USD',
  pct: '%',
  pts: 'pts',
}

/** A row's unit in a table of metrics; a percent's difference is in percentage points. */
const rowUnits: Partial<Record<ColumnKind, string>> = {
  ...units,
  pct: '% (Δ in pts)',
  count: 'count',
}

const hasRowKinds = (table: ReportTable) =>
  table.columns.some((column) => column.kind === 'byRow' || column.kind === 'byRowDelta')

function header(column: ReportColumn): string {
  const unit = units[column.kind]
  return unit === undefined ? column.label : `${column.label} (${unit})`
}

function delimited(table: ReportTable, delimiter: string): string {
  const byRow = hasRowKinds(table)
  const withUnit = (row: Cell[], index: number): Cell[] => {
    if (!byRow) return row
    const [label = null, ...values] = row
    return [label, rowUnits[table.rowKinds?.[index] ?? 'text'] ?? '', ...values]
  }
  const [first, ...rest] = table.columns.map(header)
  return Papa.unparse(
    {
      fields: byRow ? [first ?? '', 'Unit', ...rest] : [first ?? '', ...rest],
      data: table.rows.map((row, index) => withUnit(row, index).map((cell) => cell ?? '')),
    },
    { delimiter, newline: '\r\n', escapeFormulae: true },
  )
}

/** RFC 4180 CSV with CRLF line ends and one header row. */
export const tableToCsv = (table: ReportTable): string => `${delimited(table, ',')}\r\n`

/** A CSV file's text: a byte-order mark first, so Excel reads it as UTF-8. */
export const tableToCsvFile = (table: ReportTable): string => `\uFEFF${tableToCsv(table)}`

/** Tab-separated, for the clipboard: pastes into a spreadsheet as cells. */
export const tableToTsv = (table: ReportTable): string => delimited(table, '\t')
