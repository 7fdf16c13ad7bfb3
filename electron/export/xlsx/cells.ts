/**
 * Writing a laid-out table to a worksheet. Every string goes in as a plain text cell (exceljs
 * writes `value: string` as a shared string), so a name a user typed, `=HYPERLINK(…)` included,
 * is never read as a formula; formulas are only ever built by this writer as `{ f }`.
 */
import type { Worksheet } from 'exceljs'
import { cellStyle, HEADER_STYLE, PAGE_SETUP, rowHeight, TITLE_STYLE } from './styles'
import { HEADER_ROW, TITLE_ROW, type ColumnSpec, type Table } from './table'

export interface Formula {
  f: string
}

/** A number, user text, a formula, or an empty cell. */
export type CellInput = number | string | Formula | null

export const formula = (text: string): Formula => ({ f: text })

/** §3's zone of a margin against a floor and band, as the engine's zoneOf, for a formula cell. */
export const zoneFormula = (margin: string, floor: string, band: string): Formula =>
  formula(
    `IF(${margin}="","none",IF(${margin}<${floor},"red",IF(${margin}<${floor}+${band},"yellow","green")))`,
  )

export type RowValues<K extends string> = Record<K, CellInput>

const MAX_WIDTH = 60
/** Characters of column width a landscape page shows at a readable size. */
const PRINTABLE_WIDTH = 260
/** Formula results have no text to measure: numbers in these formats fit this many characters. */
const NUMBER_WIDTH = 14

export function setCell(
  sheet: Worksheet,
  row: number,
  column: number,
  value: CellInput,
  spec: Pick<ColumnSpec<string>, 'format' | 'input'>,
): void {
  if (value === null) return
  const cell = sheet.getRow(row).getCell(column)
  cell.value = typeof value === 'object' ? { formula: value.f, date1904: false } : value
  cell.style = cellStyle(spec.format, spec.input === true && typeof value !== 'object')
}

/** Title, headers (with their notes), one row per entity, widths, frozen headers. */
export function writeTable<K extends string>(
  sheet: Worksheet,
  table: Table<K>,
  rowAt: (index: number) => RowValues<K>,
  frozenColumns = 1,
): void {
  const widths = table.columns.map((column) =>
    Math.max(column.width ?? 0, column.format ? NUMBER_WIDTH : 0, longestWord(column.header) + 2),
  )
  const header = sheet.getRow(HEADER_ROW)
  table.columns.forEach((column, c) => {
    const cell = header.getCell(c + 1)
    cell.value = column.header
    cell.style = HEADER_STYLE
    if (column.note) cell.note = column.note
  })
  for (let index = 0; index < table.rowCount; index++) {
    const values = rowAt(index)
    const row = table.row(index)
    table.columns.forEach((column, c) => {
      const value = values[column.key]
      setCell(sheet, row, c + 1, value, column)
      if (typeof value === 'string') widths[c] = Math.max(widths[c]!, value.length + 2)
    })
  }
  const shown = widths.map((width) => Math.min(MAX_WIDTH, width))
  shown.forEach((width, c) => (sheet.getColumn(c + 1).width = width))
  header.height = rowHeight(
    table.columns.map((column, c) => ({ text: column.header, width: shown[c]! })),
  )
  writeTitle(sheet, table.title, shown)
  sheet.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: HEADER_ROW }]
}

/** The sheet's description across its columns, wrapped, so it is read (and printed) whole. */
export function writeTitle(sheet: Worksheet, text: string, widths: readonly number[]): void {
  const title = sheet.getRow(TITLE_ROW).getCell(1)
  title.value = text
  title.style = TITLE_STYLE
  if (widths.length > 1) sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, widths.length)
  const width = widths.reduce((sum, w) => sum + w, 0)
  sheet.getRow(TITLE_ROW).height = rowHeight([{ text, width }])
  // Wider tables print across pages: fitted to one page width they would be unreadably small.
  if (width <= PRINTABLE_WIDTH) sheet.pageSetup = { ...sheet.pageSetup, ...PAGE_SETUP }
}

/** Headers wrap at spaces, so a column needs the width of the longest word only. */
function longestWord(text: string): number {
  return Math.max(...text.split(/\s+/).map((word) => word.length))
}
