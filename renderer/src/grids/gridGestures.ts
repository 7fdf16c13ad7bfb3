/**
 * The spreadsheet gestures ag-grid Community leaves to the app: paste of a TSV block (onto rows
 * a paste past the last row adds, too), copy as TSV and fill down. Each reads the grid's focus and selection, plans with the pure functions of
 * clipboardPlan.ts, and returns the cell changes of one commit (or why it is refused).
 */
import type { GridApi, IRowNode } from 'ag-grid-community'
import type { CellChange } from '../store/cellEdits'
import {
  parseTsv,
  planFillDown,
  planPaste,
  toTsv,
  valuesLeftOut,
  type CellPosition,
  type PastePlan,
} from './clipboardPlan'
import { cellPath, shownValue } from './columnDefs'
import { copyText, parseCell, type GridColumn } from './gridColumn'
import { leftOutNote } from './pasteReport'
import { countOf } from '../plural'

export type GestureResult =
  | { kind: 'changes'; label: string; changes: CellChange[]; note?: string | null }
  | { kind: 'refused'; reason: string }
  | { kind: 'nothing' }

export interface GridLayout<Row> {
  columns: GridColumn<Row>[]
  rowAt(rowIndex: number): Row | undefined
  rowCount: number
  focused: CellPosition | null
  selectedRowIndexes: number[]
}

/** The grid as the planners see it: displayed columns in order, rows by displayed index. */
export function readLayout<Row>(api: GridApi<Row>, columns: GridColumn<Row>[]): GridLayout<Row> {
  const byId = new Map(columns.map((column) => [column.id, column]))
  const displayed = api
    .getAllDisplayedColumns()
    .map((column) => byId.get(column.getColId()))
    .filter((column): column is GridColumn<Row> => column !== undefined)
  const focusedCell = api.getFocusedCell()
  const colIndex = focusedCell
    ? displayed.findIndex((c) => c.id === focusedCell.column.getColId())
    : -1
  const focused =
    focusedCell && !focusedCell.rowPinned && colIndex >= 0
      ? { rowIndex: focusedCell.rowIndex, colIndex }
      : null
  const selectedRowIndexes = api
    .getSelectedNodes()
    .map((node: IRowNode<Row>) => node.rowIndex)
    .filter((index): index is number => index !== null)
  return {
    columns: displayed,
    rowAt: (rowIndex) => api.getDisplayedRowAtIndex(rowIndex)?.data,
    rowCount: api.getDisplayedRowCount(),
    focused,
    selectedRowIndexes,
  }
}

/** A paste laid onto the grid: its plan and the block's height; null when there is nothing to paste. */
export function planGridPaste<Row>(
  layout: GridLayout<Row>,
  text: string,
): { plan: PastePlan; blockRows: number } | null {
  if (layout.focused === null) return null
  const block = parseTsv(text)
  if (block.length === 0) return null
  const plan = planPaste(block, layout.focused, {
    rowCount: layout.rowCount,
    editableColumns: layout.columns.map((column) => column.path !== undefined),
    selectedRowIndexes: layout.selectedRowIndexes,
  })
  return { plan, blockRows: block.length }
}

/** A row a paste adds below the last one: its name for messages and its cells' edit paths. */
export interface NewRow<Row> {
  name: string
  cellPath(column: GridColumn<Row>): string | null
}

/**
 * The cell changes of a planned paste, onto the grid's rows and, when given, the rows added below
 * them; or why nothing is pasted. `note` tells what the paste left out.
 */
export function pasteChanges<Row>(
  layout: GridLayout<Row>,
  plan: PastePlan,
  rowName: (row: Row) => string,
  newRows?: NewRow<Row>[],
): GestureResult {
  const changes: CellChange[] = []
  const reasons: string[] = []
  const left = valuesLeftOut(plan, newRows !== undefined)
  // A cell's row: one of the grid's, or one of the rows added below them.
  const rowOf = (rowIndex: number): NewRow<Row> => {
    if (rowIndex >= plan.rowCount) {
      return newRows?.[rowIndex - plan.rowCount] ?? { name: 'New row', cellPath: () => null }
    }
    const row = layout.rowAt(rowIndex)
    return { name: row ? rowName(row) : 'Row', cellPath: (c) => cellPath(c, row) }
  }
  for (const cell of newRows === undefined ? plan.cells : [...plan.cells, ...plan.cellsBelow]) {
    const column = layout.columns[cell.colIndex]
    const row = rowOf(cell.rowIndex)
    const path = column === undefined ? null : row.cellPath(column)
    if (column === undefined || path === null) {
      left.overReadOnly += 1
      continue
    }
    const parsed = parseCell(column, cell.raw)
    if (parsed.ok) changes.push({ path, value: parsed.value, field: column.label })
    else reasons.push(`${row.name}: ${parsed.reason}`)
  }
  if (reasons.length > 0) {
    const more = reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : ''
    return { kind: 'refused', reason: `Nothing pasted. ${reasons.slice(0, 3).join('; ')}${more}` }
  }
  if (changes.length === 0) {
    return { kind: 'refused', reason: 'Nothing pasted: the block covers no editable cells here' }
  }
  const added = newRows?.length ? `, adding ${countOf(newRows.length, 'row')}` : ''
  return {
    kind: 'changes',
    label: `Paste ${countOf(changes.length, 'cell')}${added}`,
    changes,
    note: leftOutNote(changes.length, left),
  }
}

export function fillDownChanges<Row>(layout: GridLayout<Row>): GestureResult {
  if (layout.focused === null) return { kind: 'nothing' }
  const plan = planFillDown(layout.focused, layout.selectedRowIndexes)
  const column = layout.columns[layout.focused.colIndex]
  if (plan === null || column === undefined || column.path === undefined) return { kind: 'nothing' }
  const source = layout.rowAt(plan.source.rowIndex)
  if (source === undefined) return { kind: 'nothing' }
  const value = column.value(source) ?? null
  const changes = plan.targets.flatMap((target): CellChange[] => {
    const path = cellPath(column, layout.rowAt(target.rowIndex))
    return path === null ? [] : [{ path, value, field: column.label }]
  })
  if (changes.length === 0) return { kind: 'nothing' }
  return { kind: 'changes', label: `Fill down ${column.label}`, changes }
}

/** The selected rows (all displayed columns) when several are selected, else the focused cell. */
export function copiedText<Row>(layout: GridLayout<Row>): string | null {
  if (layout.selectedRowIndexes.length > 1) {
    const rows = [...layout.selectedRowIndexes]
      .sort((a, b) => a - b)
      .map((index) => layout.rowAt(index))
      .filter((row): row is Row => row !== undefined)
    return toTsv(rows.map((row) => layout.columns.map((c) => copyText(c, shownValue(c, row)))))
  }
  if (layout.focused === null) return null
  const row = layout.rowAt(layout.focused.rowIndex)
  const column = layout.columns[layout.focused.colIndex]
  if (row === undefined || column === undefined) return null
  return toTsv([[copyText(column, shownValue(column, row))]])
}
