/**
 * Turns the app's column declarations into ag-grid column definitions. Everything that changes
 * while the grid is open (the baseline, the scenario's overrides) is read from the grid context at
 * render time, so these definitions are built once per grid and never reset.
 */
import type { CellClassParams, ColDef, ColGroupDef, ICellRendererParams } from 'ag-grid-community'
import { valueAt } from '../../../shared/model/paths/walk'
import type { GridContext } from './gridContext'
import {
  columnHeader,
  formatByKind,
  isNumberKind,
  wrappableHeader,
  type CellValue,
  type GridColumn,
} from './gridColumn'
import { OverrideCell } from './OverrideCell'
import { RangedCell } from './rangeAction/RangedCell'
import { rangeMarkerText } from './rangeAction/rangeMarker'
import { isRangeShortcut } from './rangeAction/rangeShortcut'

function contextOf(params: { context: unknown }): GridContext {
  return (params.context as { current: GridContext }).current
}

export function cellPath<Row>(column: GridColumn<Row>, row: Row | undefined): string | null {
  return row === undefined ? null : (column.path?.(row) ?? null)
}

function isBlank(value: CellValue): value is null | undefined | '' {
  return value === null || value === undefined || value === ''
}

/** The cell's value, or for a blank optional field the default it stands for. */
export function shownValue<Row>(column: GridColumn<Row>, row: Row): CellValue {
  const value = column.value(row)
  return isBlank(value) ? (column.fallback?.(row) ?? value) : value
}

function displayText<Row>(column: GridColumn<Row>, value: CellValue, row: Row): string {
  const shown = isBlank(value) ? (column.fallback?.(row) ?? value) : value
  return column.format
    ? column.format(shown, row)
    : formatByKind(column.kind, shown, column.options)
}

function cellClasses<Row>(column: GridColumn<Row>, params: CellClassParams<Row>): string[] {
  const row = params.data
  const classes: string[] = []
  if (isNumberKind(column.kind)) classes.push('cell-number')
  if (row === undefined) return classes
  const extra = column.cellClass?.(row)
  if (extra !== undefined) classes.push(extra)
  if (params.node.rowPinned) return classes
  const path = cellPath(column, row)
  classes.push(path === null || contextOf(params).readOnly ? 'cell-computed' : 'cell-editable')
  if (column.fallback !== undefined && isBlank(column.value(row))) classes.push('cell-default')
  if (path !== null) {
    const overrides = contextOf(params).overridesAt(path)
    if (overrides.some((override) => override.ofActive)) classes.push('cell-override')
    else if (overrides.length > 0) classes.push('cell-override-inherited')
  }
  return classes
}

/** Overridden cells show the baseline and a reset; cells with a range, its mark (both can be). */
function overrideRenderer<Row>(column: GridColumn<Row>, params: ICellRendererParams<Row>) {
  const path = params.node.rowPinned ? null : cellPath(column, params.data)
  if (path === null) return undefined
  const context = contextOf(params)
  const rangeText = isNumberKind(column.kind)
    ? rangeMarkerText(column, context.rangeAt(path))
    : undefined
  if (context.overridesAt(path).length === 0 || context.baseline === null) {
    return rangeText === undefined ? undefined : { component: RangedCell, params: { rangeText } }
  }
  const baseline = valueAt(context.baseline, path) as CellValue
  const baselineText = formatByKind(column.kind, baseline, column.options)
  return { component: OverrideCell, params: { path, baselineText, label: column.label, rangeText } }
}

function toColDef<Row>(column: GridColumn<Row>): ColDef<Row> {
  const numeric = isNumberKind(column.kind)
  const header = columnHeader(column)
  return {
    colId: column.id,
    headerName: wrappableHeader(header),
    headerTooltip: column.headerTooltip ?? header,
    valueGetter: (params) => (params.data === undefined ? null : column.value(params.data)),
    valueFormatter: (params) =>
      params.data === undefined ? '' : displayText(column, params.value as CellValue, params.data),
    editable: (params) =>
      !contextOf(params).readOnly &&
      !params.node.rowPinned &&
      cellPath(column, params.data) !== null,
    // Rows are immutable: the edit goes to the store, whose new rows reach the grid. `false`
    // tells ag-grid nothing changed in place.
    valueSetter: (params) => {
      contextOf(params).editCell(column.id, params.data, params.newValue)
      return false
    },
    type: numeric ? 'rightAligned' : undefined,
    cellClass: (params) => cellClasses(column, params),
    cellEditor: column.kind === 'enum' ? 'agSelectCellEditor' : 'agTextCellEditor',
    cellEditorParams:
      column.kind === 'enum'
        ? {
            values: [
              ...(column.optional ? [''] : []),
              ...(column.options ?? []).map((option) => option.value),
            ],
          }
        : undefined,
    cellRendererSelector: (params) => overrideRenderer(column, params),
    // The range shortcut must not start an edit of a number cell with the letter typed.
    suppressKeyboardEvent: numeric
      ? (params) => !params.editing && isRangeShortcut(params.event)
      : undefined,
    tooltipValueGetter:
      column.tooltip === undefined
        ? undefined
        : (params) => (params.data === undefined ? undefined : column.tooltip?.(params.data)),
    wrapText: column.wrap,
    autoHeight: column.wrap,
    width: column.width,
    flex: column.flex,
    minWidth: column.minWidth ?? (column.width === undefined ? 90 : Math.min(column.width, 90)),
    pinned: column.pinned === 'right' ? 'right' : column.pinned ? 'left' : undefined,
  }
}

/** Column definitions with consecutive columns of one `group` under a shared header. */
export function toColumnDefs<Row>(columns: GridColumn<Row>[]): (ColDef<Row> | ColGroupDef<Row>)[] {
  const defs: (ColDef<Row> | ColGroupDef<Row>)[] = []
  let currentGroup = null as ColGroupDef<Row> | null
  for (const column of columns) {
    const def = toColDef(column)
    if (column.group === undefined) {
      currentGroup = null
      defs.push(def)
    } else if (currentGroup?.headerName === column.group) {
      currentGroup.children.push(def)
    } else {
      currentGroup = { headerName: column.group, children: [def] }
      defs.push(currentGroup)
    }
  }
  return defs
}
