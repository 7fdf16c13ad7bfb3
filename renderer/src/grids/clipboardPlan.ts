/**
 * Pure planning for the spreadsheet gestures on a grid: which cells a pasted TSV block covers,
 * which cells a fill-down writes, and the TSV a copy produces. The grid turns plans into edits.
 */
import Papa from 'papaparse'

/** A cell by its position among the displayed rows and columns. */
export interface CellPosition {
  rowIndex: number
  colIndex: number
}

export interface PlannedCell extends CellPosition {
  raw: string
}

export interface PastePlan {
  cells: PlannedCell[]
  /** Rows or columns of the block that fell beyond the grid's edge. */
  clippedRows: number
  clippedColumns: number
}

/**
 * Reads a block copied from Excel or Google Sheets: tab-separated, newline-terminated, cells with
 * tabs, newlines or quotes wrapped in double quotes.
 */
export function parseTsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: '\t', quoteChar: '"' })
  const rows = parsed.data
  // Spreadsheets end the block with a newline, which reads as one extra empty row.
  const last = rows[rows.length - 1]
  if (last !== undefined && last.length === 1 && last[0] === '') rows.pop()
  return rows
}

/** Writes rows as TSV that Excel, Sheets and `parseTsv` read back cell for cell. */
export function toTsv(rows: string[][]): string {
  return Papa.unparse(rows, { delimiter: '\t', newline: '\n', quotes: false })
}

/**
 * Lays `block` onto the grid with its top-left at `anchor`. Cells beyond the last row or column
 * are dropped (a paste never adds rows); cells over read-only columns are skipped.
 * A single value pasted with several rows selected fills that column of every selected row.
 */
export function planPaste(
  block: string[][],
  anchor: CellPosition,
  grid: { rowCount: number; editableColumns: boolean[]; selectedRowIndexes?: number[] },
): PastePlan {
  const columnCount = grid.editableColumns.length
  const single = block.length === 1 && block[0]?.length === 1
  const selected = grid.selectedRowIndexes ?? []
  if (single && selected.length > 1) {
    const raw = block[0]?.[0] ?? ''
    const cells = grid.editableColumns[anchor.colIndex]
      ? selected.map((rowIndex) => ({ rowIndex, colIndex: anchor.colIndex, raw }))
      : []
    return { cells, clippedRows: 0, clippedColumns: 0 }
  }

  const cells: PlannedCell[] = []
  let clippedRows = 0
  let clippedColumns = 0
  block.forEach((values, r) => {
    const rowIndex = anchor.rowIndex + r
    if (rowIndex >= grid.rowCount) {
      clippedRows += 1
      return
    }
    values.forEach((raw, c) => {
      const colIndex = anchor.colIndex + c
      if (colIndex >= columnCount) {
        if (r === 0) clippedColumns += 1
        return
      }
      if (grid.editableColumns[colIndex]) cells.push({ rowIndex, colIndex, raw })
    })
  })
  return { cells, clippedRows, clippedColumns }
}

export interface FillDownPlan {
  source: CellPosition
  targets: CellPosition[]
}

/**
 * Ctrl+D: with several rows selected, the first selected row's value in the focused column goes
 * to the other selected rows; otherwise the cell above the focused one is copied down into it.
 */
export function planFillDown(
  focused: CellPosition,
  selectedRowIndexes: number[],
): FillDownPlan | null {
  const colIndex = focused.colIndex
  if (selectedRowIndexes.length > 1) {
    const [first, ...rest] = [...selectedRowIndexes].sort((a, b) => a - b)
    if (first === undefined) return null
    return {
      source: { rowIndex: first, colIndex },
      targets: rest.map((rowIndex) => ({ rowIndex, colIndex })),
    }
  }
  if (focused.rowIndex === 0) return null
  return { source: { rowIndex: focused.rowIndex - 1, colIndex }, targets: [focused] }
}
