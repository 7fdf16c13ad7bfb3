/**
 * Opens a computed cell's explanation: by hovering it for a moment, or by pressing `?` on the
 * focused cell. A hovered popover stays while the pointer is on the cell or on the popover, so
 * its links can be reached; a popover opened from the keyboard takes the focus, and Esc gives it
 * back to the cell.
 */
import type { GridApi } from 'ag-grid-community'
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import type { CellTarget, Explanation } from '../../../shared/engine/explain'
import type { GridColumn } from '../grids/gridColumn'
import { useWorkspace } from '../store/workspaceStore'
import { explainCell } from './explainCell'
import { ExplainPopover } from './ExplainPopover'
import { goToCell } from './goToCell'

/** Long enough that moving across the grid does not flash popovers. */
const HOVER_DELAY_MS = 500
/** Time to move the pointer from the cell onto the popover. */
const LEAVE_GRACE_MS = 250

/** The key that explains the focused cell. */
const EXPLAIN_KEY = '?'

/** How a computed column's header tooltip tells that its cells explain themselves. */
export const EXPLAIN_HINT = `Hover a cell, or press ${EXPLAIN_KEY} on it, to see how it is computed.`

interface Open {
  explanation: Explanation
  anchor: DOMRect
  byKey: boolean
  rowIndex: number
  columnId: string
  cell: Element
}

interface CellHit<Row> {
  cell: HTMLElement
  row: Row
  rowIndex: number
  column: GridColumn<Row>
}

function cellHit<Row>(
  api: GridApi<Row>,
  columns: readonly GridColumn<Row>[],
  cell: HTMLElement | null,
): CellHit<Row> | null {
  const rowElement = cell?.closest('.ag-row[row-id]')
  if (!cell || !rowElement || rowElement.classList.contains('ag-row-pinned')) return null
  const column = columns.find((c) => c.id === cell.getAttribute('col-id'))
  const node = api.getRowNode(rowElement.getAttribute('row-id') ?? '')
  if (!column?.explain || node?.data === undefined || node.rowIndex === null) return null
  return { cell, row: node.data, rowIndex: node.rowIndex, column }
}

export function useCellExplain<Row>(api: GridApi<Row> | null, columns: readonly GridColumn<Row>[]) {
  const [open, setOpen] = useState<Open | null>(null)
  const openTimer = useRef<number | undefined>(undefined)
  const closeTimer = useRef<number | undefined>(undefined)
  const hovered = useRef<Element | null>(null)

  const clearTimers = () => {
    window.clearTimeout(openTimer.current)
    window.clearTimeout(closeTimer.current)
  }
  useEffect(() => clearTimers, [])

  const show = useCallback((hit: CellHit<Row>, byKey: boolean): boolean => {
    // A hover still pending must not replace what the key opened.
    clearTimers()
    const request = hit.column.explain?.(hit.row)
    const explanation = request ? explainCell(request) : null
    if (explanation === null) return false
    const anchor = hit.cell.getBoundingClientRect()
    setOpen({
      explanation,
      anchor,
      byKey,
      rowIndex: hit.rowIndex,
      columnId: hit.column.id,
      cell: hit.cell,
    })
    return true
  }, [])

  /** The cell to give the focus back to once the popover is gone (Esc after `?`). */
  const refocus = useRef<{ rowIndex: number; columnId: string } | null>(null)
  const close = useCallback((giveFocusBack: boolean) => {
    clearTimers()
    setOpen((current) => {
      refocus.current = current?.byKey && giveFocusBack ? current : null
      return null
    })
  }, [])
  useEffect(() => {
    const cell = refocus.current
    if (open !== null || cell === null || api === null) return
    refocus.current = null
    api.setFocusedCell(cell.rowIndex, cell.columnId)
  }, [open, api])

  // A popover left where the grid scrolled away from, or clicked away from, closes.
  useEffect(() => {
    if (open === null) return
    const onScroll = (event: Event) => {
      if (!(
        event.target instanceof Node &&
        document.querySelector('.explain-popover')?.contains(event.target)
      ))
        close(false)
    }
    const onPointerDown = (event: PointerEvent) => {
      const popover = document.querySelector('.explain-popover')
      if (!(event.target instanceof Node) || !popover?.contains(event.target)) close(false)
    }
    window.addEventListener('scroll', onScroll, true)
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      window.removeEventListener('scroll', onScroll, true)
      window.removeEventListener('pointerdown', onPointerDown, true)
    }
  }, [open, close])

  /** Events from the popover reach the grid too (a portal bubbles through React's tree). */
  const fromGrid = (event: { currentTarget: EventTarget; target: EventTarget }) =>
    event.currentTarget instanceof Node &&
    event.target instanceof Node &&
    event.currentTarget.contains(event.target)

  function onMouseOver(event: MouseEvent) {
    if (api === null || !fromGrid(event)) return
    const cell = (event.target as HTMLElement).closest<HTMLElement>('.ag-cell[col-id]')
    if (cell === hovered.current) return
    hovered.current = cell
    clearTimers()
    const hit = cellHit(api, columns, cell)
    if (hit === null) {
      if (open && !open.byKey)
        closeTimer.current = window.setTimeout(() => close(false), LEAVE_GRACE_MS)
      return
    }
    if (open?.cell === cell) return
    openTimer.current = window.setTimeout(() => show(hit, false), HOVER_DELAY_MS)
  }

  function onMouseLeave() {
    hovered.current = null
    window.clearTimeout(openTimer.current)
    if (open && !open.byKey)
      closeTimer.current = window.setTimeout(() => close(false), LEAVE_GRACE_MS)
  }

  /** True when the grid must leave the key alone: it opened an explanation, or was typed in one. */
  function onKeyDown(event: KeyboardEvent): boolean {
    if (!fromGrid(event)) return true
    if (api === null || event.key !== EXPLAIN_KEY) return false
    const focused = api.getFocusedCell()
    if (focused === null || focused.rowPinned) return false
    const rowId = api.getDisplayedRowAtIndex(focused.rowIndex)?.id
    const cell = (event.currentTarget as HTMLElement).querySelector<HTMLElement>(
      `.ag-row[row-id="${CSS.escape(rowId ?? '')}"] .ag-cell[col-id="${CSS.escape(focused.column.getColId())}"]`,
    )
    const hit = cellHit(api, columns, cell)
    if (hit === null || !show(hit, true)) return false
    event.preventDefault()
    return true
  }

  function follow(target: CellTarget) {
    close(false)
    // The rows on screen are the scenario's: a mix row is found where the grid shows it.
    const viewDoc = useWorkspace.getState().view?.viewDoc
    if (viewDoc) goToCell(viewDoc, target)
  }

  const popover = open && (
    <ExplainPopover
      explanation={open.explanation}
      anchor={open.anchor}
      takeFocus={open.byKey}
      onClose={() => close(true)}
      onFollow={follow}
      onPointerEnter={() => window.clearTimeout(closeTimer.current)}
      onPointerLeave={() => {
        if (!open.byKey) closeTimer.current = window.setTimeout(() => close(false), LEAVE_GRACE_MS)
      }}
    />
  )
  return { onMouseOver, onMouseLeave, onKeyDown, popover }
}
