/**
 * Sheets of one figure per row (Summary, Portfolio, Workspace): column A a key, B the value,
 * C what it means. Rows are declared first, so other sheets can refer to a value by its key.
 */
import type { Workbook, Worksheet } from 'exceljs'
import { setCell, writeTitle, type CellInput } from './cells'
import { HEADER_STYLE } from './styles'
import { columnLetters, FIRST_DATA_ROW, HEADER_ROW, sheetPrefix } from './table'

export interface KeyValueRow {
  key: string
  label: string
  value: CellInput
  format?: string
  input?: boolean
  /** A workbook-level name for the value cell, e.g. AnnualPriceDeclinePct. */
  name?: string
  /** A note on the value cell explaining its formula. */
  note?: string
}

const VALUE_COLUMN = 2
const VALUE_WIDTH = 18
/** Labels stand off the right-aligned values beside them. */
const LABEL_ALIGNMENT = { indent: 1 } as const

export class KeyValueSheet {
  private readonly rows = new Map<string, number>()

  constructor(
    readonly sheet: string,
    readonly title: string,
    readonly headers: readonly [string, string, string],
    keys: readonly string[],
  ) {
    keys.forEach((key, index) => this.rows.set(key, FIRST_DATA_ROW + index))
  }

  /** `'Sheet'!$B$7`, the value cell of `key`. */
  ref(key: string): string {
    const row = this.rows.get(key)
    if (row === undefined) throw new Error(`${this.sheet} has no row ${key}`)
    return `${sheetPrefix(this.sheet)}$${columnLetters(VALUE_COLUMN)}$${row}`
  }

  write(workbook: Workbook, sheet: Worksheet, rows: readonly KeyValueRow[]): void {
    this.headers.forEach((header, c) => {
      const cell = sheet.getRow(HEADER_ROW).getCell(c + 1)
      cell.value = header
      cell.style = HEADER_STYLE
    })
    let keyWidth = this.headers[0].length
    let labelWidth = this.headers[2].length
    for (const row of rows) {
      const at = this.rows.get(row.key)
      if (at === undefined) throw new Error(`${this.sheet}: undeclared row ${row.key}`)
      setCell(sheet, at, 1, row.key, {})
      setCell(sheet, at, VALUE_COLUMN, row.value, row)
      setCell(sheet, at, 3, row.label, {})
      sheet.getRow(at).getCell(3).alignment = LABEL_ALIGNMENT
      if (row.note) sheet.getRow(at).getCell(VALUE_COLUMN).note = row.note
      if (row.name) workbook.definedNames.add(this.ref(row.key), row.name)
      keyWidth = Math.max(keyWidth, row.key.length)
      labelWidth = Math.max(labelWidth, row.label.length)
    }
    const widths = [Math.min(70, keyWidth + 2), VALUE_WIDTH, Math.min(90, labelWidth + 2)]
    widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width))
    writeTitle(sheet, this.title, widths)
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW }]
  }
}
