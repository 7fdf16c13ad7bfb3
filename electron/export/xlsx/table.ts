/**
 * Cell addressing for the workbook's tables: every sheet is a title row, a header row and one data
 * row per entity, so a formula anywhere can name "the units cell of usage line 12" before that
 * sheet is written. Layouts are pure; writing happens in cells.ts.
 */

/** The row of the one-line description above the headers; headers are on the next row. */
export const TITLE_ROW = 1
export const HEADER_ROW = 2
export const FIRST_DATA_ROW = 3

export interface ColumnSpec<K extends string> {
  key: K
  header: string
  /** Excel number format; none for text. */
  format?: string
  /** A note on the header cell: what the column holds and how it is calculated. */
  note?: string
  /** Minimum width in characters (header length and content widen it). */
  width?: number
  /** Typed by the user (blue) or calculated (black): see styles.ts. */
  input?: boolean
}

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  }
  return letters
}

/** A sheet name as a formula reference needs it: always quoted, quotes doubled. */
export const sheetPrefix = (sheet: string): string => `'${sheet.replaceAll("'", "''")}'!`

export class Table<K extends string> {
  private readonly positions: Map<K, number>

  constructor(
    readonly sheet: string,
    readonly title: string,
    readonly columns: readonly ColumnSpec<K>[],
    readonly rowCount: number,
  ) {
    this.positions = new Map(columns.map((column, index) => [column.key, index + 1]))
  }

  column(key: K): number {
    const position = this.positions.get(key)
    if (position === undefined) throw new Error(`${this.sheet} has no column ${key}`)
    return position
  }

  row(index: number): number {
    return FIRST_DATA_ROW + index
  }

  /** `C7`: for formulas on this table's own sheet. */
  local(key: K, index: number): string {
    return `${columnLetters(this.column(key))}${this.row(index)}`
  }

  /** `'Sheet'!$C$7`: for formulas on other sheets. */
  ref(key: K, index: number): string {
    return `${sheetPrefix(this.sheet)}$${columnLetters(this.column(key))}$${this.row(index)}`
  }

  /** `'Sheet'!$C$7:$C$9`: rows `from` … `from + count − 1`; null for no rows. */
  range(key: K, from: number, count: number): string | null {
    if (count <= 0) return null
    const letters = columnLetters(this.column(key))
    return `${sheetPrefix(this.sheet)}$${letters}$${this.row(from)}:$${letters}$${this.row(from + count - 1)}`
  }

  /** Every data row of the column; null when the table is empty. */
  all(key: K): string | null {
    return this.range(key, 0, this.rowCount)
  }
}

/** Ranges of contiguous rows: where each group (a feature's steps, a cohort's usage) starts. */
export interface Block {
  from: number
  count: number
}

export function blocksOf<T>(groups: readonly T[], sizeOf: (group: T) => number): Block[] {
  let from = 0
  return groups.map((group) => {
    const block = { from, count: sizeOf(group) }
    from += block.count
    return block
  })
}
