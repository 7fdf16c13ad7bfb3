/**
 * Pure planning for the spreadsheet gestures on a grid: which cells a pasted TSV block covers,
 * which cells a fill-down writes, and the TSV a copy produces. The grid turns plans into edits.
 */
import Papa from 'papaparse'
import { isWithin } from '../../../shared/model/paths/build'

/** A cell by its position among the displayed rows and columns. */
export interface CellPosition {
  rowIndex: number
  colIndex: number
}

export interface PlannedCell extends CellPosition {
  raw: string
}

export interface PastePlan {
  /** The grid's row count when planned: rows from here on are missing. */
  rowCount: number
  /** Cells on the grid's rows. */
  cells: PlannedCell[]
  /** Cells on the rows a paste past the last row would add. */
  cellsBelow: PlannedCell[]
  /** Rows of the block with no grid row to land on. */
  missingRows: number
  /** Every value of those rows, editable column or not. */
  valuesBelow: number
  /** Values beyond the last column, in every row of the block. */
  pastRightEdge: CellPosition[]
  /** Values over read-only columns, in every row of the block. */
  overReadOnly: CellPosition[]
}

/** Values a paste does not write, by why. */
export interface LeftOut {
  belowLastRow: number
  pastLastColumn: number
  overReadOnly: number
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
 * Lays `block` onto the grid with its top-left at `anchor`. Rows beyond the last one are planned
 * apart (`cellsBelow`): the grid may add them or paste only what fits. Values beyond the last
 * column or over read-only columns are listed, never written.
 * A single value pasted with several rows selected fills that column of every selected row.
 */
export function planPaste(
  block: string[][],
  anchor: CellPosition,
  grid: { rowCount: number; editableColumns: boolean[]; selectedRowIndexes?: number[] },
): PastePlan {
  const plan: PastePlan = {
    rowCount: grid.rowCount,
    cells: [],
    cellsBelow: [],
    missingRows: 0,
    valuesBelow: 0,
    pastRightEdge: [],
    overReadOnly: [],
  }
  const selected = grid.selectedRowIndexes ?? []
  const fillsSelection = block.length === 1 && block[0]?.length === 1 && selected.length > 1
  const rows = fillsSelection
    ? selected.map((rowIndex) => ({ rowIndex, values: block[0] ?? [] }))
    : block.map((values, r) => ({ rowIndex: anchor.rowIndex + r, values }))
  for (const { rowIndex, values } of rows) {
    const below = rowIndex >= grid.rowCount
    if (below) {
      plan.missingRows += 1
      plan.valuesBelow += values.length
    }
    values.forEach((raw, c) => {
      const colIndex = anchor.colIndex + c
      const editable = grid.editableColumns[colIndex]
      if (editable === undefined) plan.pastRightEdge.push({ rowIndex, colIndex })
      else if (!editable) plan.overReadOnly.push({ rowIndex, colIndex })
      else (below ? plan.cellsBelow : plan.cells).push({ rowIndex, colIndex, raw })
    })
  }
  return plan
}

/** What a paste leaves out: with the missing rows added, or pasting only the rows that exist. */
export function valuesLeftOut(plan: PastePlan, withRowsBelow: boolean): LeftOut {
  const pasted = (cell: CellPosition) => withRowsBelow || cell.rowIndex < plan.rowCount
  return {
    belowLastRow: withRowsBelow ? 0 : plan.valuesBelow,
    pastLastColumn: plan.pastRightEdge.filter(pasted).length,
    overReadOnly: plan.overReadOnly.filter(pasted).length,
  }
}

/**
 * A new row's cell path: the template row's, moved from the template's entity path to the new
 * entity's; null where the template's cell is read-only or edits something outside its entity.
 */
export function movedCellPath(
  templatePath: string | null,
  fromEntity: string,
  toEntity: string,
): string | null {
  // Strictly inside: the entity's own path is no cell of it.
  if (templatePath === null || templatePath === fromEntity || !isWithin(templatePath, fromEntity)) {
    return null
  }
  return `${toEntity}${templatePath.slice(fromEntity.length)}`
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
