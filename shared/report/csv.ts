/**
 * Tables as CSV or TSV text. Numbers stay unrounded numbers; text that a spreadsheet would run as
 * a formula is made inert (OWASP "CSV injection"): papaparse's `escapeFormulae` puts a `'` before
 * a leading =, +, -, @, tab or carriage return, so `=HYPERLINK(…)` arrives as the words typed.
 */
import Papa from 'papaparse'
import type { ReportTable } from './reportTable'

function delimited(table: ReportTable, delimiter: string): string {
  return Papa.unparse(
    {
      fields: table.columns.map((column) => column.label),
      data: table.rows.map((row) => row.map((cell) => cell ?? '')),
    },
    { delimiter, newline: '\r\n', escapeFormulae: true },
  )
}

/** RFC 4180 CSV with CRLF line ends and one header row. */
export const tableToCsv = (table: ReportTable): string => `${delimited(table, ',')}\r\n`

/** Tab-separated, for the clipboard: pastes into a spreadsheet as cells. */
export const tableToTsv = (table: ReportTable): string => delimited(table, '\t')
