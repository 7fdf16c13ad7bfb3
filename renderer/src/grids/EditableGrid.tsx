/**
 * The one grid every input screen uses: ag-grid (Community) over immutable rows, edits routed
 * through the store as commits (baseline edits, or overrides while a scenario is active), typed
 * values parsed by their column's kind and refused in place with the reason, plus paste of TSV
 * blocks (adding the rows a block needs, once asked), copy and fill down as single undo steps.
 */
import { AgGridReact } from 'ag-grid-react'
import type { CellFocusedEvent, GetRowIdParams, GridApi, GridReadyEvent } from 'ag-grid-community'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react'
import { overrideLookup } from '../store/overrideLookup'
import { editsForCells } from '../store/cellEdits'
import { useWorkspace } from '../store/workspaceStore'
import { cellPath, toColumnDefs } from './columnDefs'
import { useEditError } from './editErrorStore'
import type { GridContext } from './gridContext'
import { parseCell, type CellValue, type GridColumn } from './gridColumn'
import { gridTheme } from './gridTheme'
import { copiedText, fillDownChanges, readLayout } from './gridGestures'
import { pasteGesture, type PasteResult, type RowAdder } from './pasteGesture'
import { useCommitCells, type CommitCells } from './useCommitCells'
import { useStableRows, useStableValue } from './useStableRows'
import { registerPrintCheck, usePrintMode } from '../frame/printMode'
import { useAnswerFocusRequest } from '../explain/focusRequest'
import { useCellExplain } from '../explain/useCellExplain'
import { useRangeLookup } from './rangeAction/rangeLookup'
import { useRangeAction } from './rangeAction/useRangeAction'

export interface EditableGridProps<Row> {
  /** Unique per screen; also the grid's `data-testid`. */
  gridId: string
  /** What the grid holds, for screen readers: "Features". */
  title: string
  rows: Row[]
  rowId(row: Row): string
  /** How a row is named in messages, e.g. a feature's name. */
  rowName(row: Row): string
  /** Declare once (module constant or useMemo): a new array rebuilds the columns. */
  columns: GridColumn<Row>[]
  /** Read-only rows pinned at the bottom, e.g. a sum. */
  footerRows?: Row[]
  onRowFocused?(row: Row): void
  /** Replaces the default commit (baseline edits or scenario overrides). */
  commitCells?: CommitCells
  /** Lets a paste past the last row add rows; without it the grid's rows are fixed. */
  rowAdder?: RowAdder<Row>
  /** Size the grid to its rows instead of filling its container. */
  autoHeight?: boolean
  emptyText?: string
  /** Where one grid id shows different rows (a feature's steps): which, for links to a cell. */
  focusScope?: string
}

// Module constants: ag-grid re-applies an option whenever its object identity changes.
const defaultColDef = {
  sortable: false,
  suppressMovable: true,
  resizable: true,
  // Headers carry their units ("Price / unit ($)"): wrap them rather than cut them.
  wrapHeaderText: true,
  autoHeaderHeight: true,
}
/**
 * Rows drawn beyond the visible ones. ag-grid keeps a pinned column sticky inside each row, and
 * Chromium composites every such row: ag-grid's default of 10 on each side doubled the cost of a
 * scrolled frame in a 2,000-row grid; 4 still fills a fast scroll.
 */
const ROW_BUFFER = 4
const rowSelection = {
  mode: 'multiRow',
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
} as const

function isTextEntry(target: EventTarget): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select') !== null
}

function sameValue(a: CellValue, b: unknown): boolean {
  return (a ?? null) === (b ?? null)
}

export function EditableGrid<Row>(props: EditableGridProps<Row>) {
  const { gridId, columns, rowId, rowName, onRowFocused } = props
  const rows = useStableRows(props.rows, rowId)
  const footerRows = useStableValue(props.footerRows)
  const [api, setApi] = useState<GridApi<Row> | null>(null)
  const defaultCommit = useCommitCells(gridId)
  const commitCells = props.commitCells ?? defaultCommit
  const error = useEditError((state) => (state.error?.gridId === gridId ? state.error.text : null))
  const clearError = useEditError((state) => state.clear)
  // Cells read the baseline only for the tooltips of overridden cells: outside a scenario, edits
  // must not re-render every grid on screen.
  const baseline = useWorkspace((state) => (state.activeScenarioId === null ? null : state.doc))
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const overridesAt = overrideLookup(baseline, scenarioId)
  const rangeAt = useRangeLookup()

  const resetOverride = useCallback(
    (path: string, label: string) => {
      const { doc, activeScenarioId, commit } = useWorkspace.getState()
      if (doc === null || activeScenarioId === null) return
      const reset = editsForCells(doc, activeScenarioId, [{ path, value: null, field: label }])
      const outcome = reset.ok ? commit(`Reset ${label}`, reset.edits) : { ok: false }
      if (!outcome.ok) useEditError.getState().show(gridId, `Reset ${label} was refused`)
    },
    [gridId],
  )
  const editCell = useCallback(
    (columnId: string, data: unknown, value: unknown) => {
      const row = data as Row
      const column = columns.find((c) => c.id === columnId)
      const path = column === undefined ? null : cellPath(column, row)
      if (column === undefined || path === null) return
      const raw = value === null || value === undefined ? '' : String(value)
      const parsed = parseCell(column, raw)
      if (!parsed.ok) {
        useEditError.getState().show(gridId, `${rowName(row)}: ${parsed.reason}`)
        return
      }
      if (sameValue(column.value(row), parsed.value)) return
      commitCells(`Edit ${column.label}`, [{ path, value: parsed.value, field: column.label }])
    },
    [columns, commitCells, gridId, rowName],
  )
  const readOnly = useWorkspace((state) => state.access.mode === 'read-only')
  const context = useRef<GridContext>({
    baseline,
    overridesAt,
    rangeAt,
    readOnly,
    resetOverride,
    editCell,
  })
  useLayoutEffect(() => {
    context.current = { baseline, overridesAt, rangeAt, readOnly, resetOverride, editCell }
  }, [baseline, overridesAt, rangeAt, readOnly, resetOverride, editCell])
  // Tints, range marks, baseline tooltips and the editable look depend on the overrides, the
  // ranges and on whether the workspace can be saved, which are not part of a row's data.
  useEffect(() => {
    api?.refreshCells({ force: true })
  }, [api, overridesAt, rangeAt, readOnly])

  const localeText = useMemo(
    () => ({ noRowsToShow: props.emptyText ?? 'No rows yet' }),
    [props.emptyText],
  )
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns])
  const rowIdRef = useRef(rowId)
  useLayoutEffect(() => {
    rowIdRef.current = rowId
  }, [rowId])
  const getRowId = useCallback((params: GetRowIdParams<Row>) => rowIdRef.current(params.data), [])

  // Screens pass a new function per render; the grid gets one stable handler that calls the latest.
  const onRowFocusedRef = useRef(onRowFocused)
  useLayoutEffect(() => {
    onRowFocusedRef.current = onRowFocused
  }, [onRowFocused])
  const onCellFocused = useCallback((event: CellFocusedEvent<Row>) => {
    if (onRowFocusedRef.current === undefined || event.rowIndex === null || event.rowPinned) return
    const row = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data
    if (row !== undefined) onRowFocusedRef.current(row)
  }, [])
  const printing = usePrintMode((state) => state.printing)
  const body = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (api === null) return
    return registerPrintCheck(() => isDrawnWhole(api, body.current))
  }, [api])
  const onGridReady = useCallback((event: GridReadyEvent<Row>) => setApi(event.api), [])
  const explainer = useCellExplain(api, columns)
  const rangeAction = useRangeAction(api, columns, rangeAt)
  useAnswerFocusRequest(api, gridId, props.focusScope, rows)

  const runGesture = useCallback(
    (result: PasteResult) => {
      const { show } = useEditError.getState()
      if (result.kind === 'refused') show(gridId, result.reason)
      if (result.kind !== 'changes') return
      const committed = commitCells(result.label, result.changes, result.leadingEdits)
      // What the paste left out stays in view once the commit has cleared the last message.
      if (committed && result.note) show(gridId, result.note)
    },
    [commitCells, gridId],
  )

  function onKeyDown(event: KeyboardEvent) {
    if (api === null || isTextEntry(event.target) || explainer.onKeyDown(event)) return
    if (rangeAction.onKeyDown(event)) return
    const mod = event.ctrlKey || event.metaKey
    if (mod && !event.shiftKey && event.key.toLowerCase() === 'd') {
      event.preventDefault()
      runGesture(fillDownChanges(readLayout(api, columns)))
    } else if (event.key === 'Escape') {
      clearError()
    }
  }

  function onCopy(event: ClipboardEvent) {
    if (api === null || isTextEntry(event.target)) return
    const text = copiedText(readLayout(api, columns))
    if (text === null) return
    event.preventDefault()
    event.clipboardData.setData('text/plain', text)
  }

  function onPaste(event: ClipboardEvent) {
    if (api === null || isTextEntry(event.target)) return
    event.preventDefault()
    const text = event.clipboardData.getData('text/plain')
    void pasteGesture(readLayout(api, columns), text, rowName, props.rowAdder).then(runGesture)
  }

  return (
    <div className={props.autoHeight ? 'grid grid-auto' : 'grid grid-fill'}>
      {error !== null && (
        <div className="edit-error" role="alert" data-testid="edit-error">
          <span>{error}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={clearError}>
            ×
          </button>
        </div>
      )}
      <div
        ref={body}
        className="grid-body"
        data-testid={gridId}
        aria-label={props.title}
        onKeyDown={onKeyDown}
        onMouseOver={explainer.onMouseOver}
        onMouseLeave={explainer.onMouseLeave}
        onCopy={onCopy}
        onPaste={onPaste}
      >
        <AgGridReact<Row>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={defaultColDef}
          getRowId={getRowId}
          context={context}
          onCellFocused={onCellFocused}
          onCellContextMenu={rangeAction.onCellContextMenu}
          onGridReady={onGridReady}
          pinnedBottomRowData={footerRows}
          rowSelection={rowSelection}
          stopEditingWhenCellsLoseFocus
          enterNavigatesVertically
          enterNavigatesVerticallyAfterEdit
          rowBuffer={ROW_BUFFER}
          domLayout={printing ? 'print' : props.autoHeight ? 'autoHeight' : 'normal'}
          localeText={localeText}
        />
      </div>
      {explainer.popover}
      {rangeAction.overlay}
    </div>
  )
}

/** Every row and column in the DOM (print layout drawn), not only those that fit the pane. */
function isDrawnWhole<Row>(api: GridApi<Row>, element: HTMLElement | null): boolean {
  if (element === null) return true
  const columns = api.getAllDisplayedColumns().length
  const rows = element.querySelectorAll('.ag-grid-scrolling-container > .ag-row')
  const firstRowCells = rows[0]?.querySelectorAll('.ag-cell').length ?? columns
  return (
    element.querySelectorAll('.ag-header-cell').length >= columns &&
    firstRowCells >= columns &&
    rows.length >= api.getDisplayedRowCount()
  )
}
