/**
 * "Set range…" on a grid's number cells (DESIGN.md §11): from the cell's right-click menu or
 * Shift+R on the focused cell, for any number an override path can name. It opens the range
 * dialog of the Uncertainty view, loaded on first use, saved in the active scenario or baseline.
 */
import type { CellContextMenuEvent, GridApi } from 'ag-grid-community'
import { lazy, Suspense, useCallback, useState, type KeyboardEvent } from 'react'
import { cellRange } from '../../views/uncertainty/ranges/rangeTargets'
import { useWorkspace } from '../../store/workspaceStore'
import { cellPath } from '../columnDefs'
import { isNumberKind, type GridColumn } from '../gridColumn'
import { CellMenu } from './CellMenu'
import type { RangeLookup } from './rangeLookup'
import { isRangeShortcut, RANGE_SHORTCUT_LABEL } from './rangeShortcut'

const RangeDialog = lazy(() =>
  import('../../views/uncertainty/ranges/RangeDialog').then((module) => ({
    default: module.RangeDialog,
  })),
)

/** A cell the action was asked on: the range it opens, and where to give the focus back. */
interface Target {
  /** The range the dialog opens on: the cell's input, or a selector whose range reaches it. */
  path: string
  /** With a range reached through a selector, the cell's own input (an override path). */
  via?: string
  /** The cell's own edit path, which the grid's range lookup reads. */
  cellPath: string
  rowIndex: number
  columnId: string
}

interface MenuAt {
  target: Target
  x: number
  y: number
}

/**
 * The cell as a range target, when a range can go on its input and the workspace is editable: the
 * range that reaches the cell if any (its marker's), else a new one on the cell's input.
 */
function rangeTarget<Row>(
  columns: readonly GridColumn<Row>[],
  rangeAt: RangeLookup,
  columnId: string,
  row: Row | undefined,
  rowIndex: number,
): Target | null {
  const { view, access } = useWorkspace.getState()
  const column = columns.find((candidate) => candidate.id === columnId)
  if (column === undefined || !isNumberKind(column.kind) || view === null) return null
  if (access.mode === 'read-only') return null
  const path = cellPath(column, row)
  const range = path === null ? null : cellRange(view.viewDoc, path, rangeAt(path))
  if (path === null || range === null) return null
  return { ...range, cellPath: path, rowIndex, columnId }
}

export function useRangeAction<Row>(
  api: GridApi<Row> | null,
  columns: readonly GridColumn<Row>[],
  rangeAt: RangeLookup,
) {
  const [menu, setMenu] = useState<MenuAt | null>(null)
  const [dialog, setDialog] = useState<Target | null>(null)

  const onCellContextMenu = useCallback(
    (event: CellContextMenuEvent<Row>) => {
      const pointer = event.event
      // An open editor keeps the browser's own menu (cut, copy, paste).
      const inEditor =
        pointer?.target instanceof Element && pointer.target.closest('input, textarea') !== null
      if (!(pointer instanceof MouseEvent) || inEditor || event.node.rowPinned) return
      if (event.rowIndex === null) return
      const target = rangeTarget(
        columns,
        rangeAt,
        event.column.getColId(),
        event.data,
        event.rowIndex,
      )
      if (target === null) return
      pointer.preventDefault()
      setMenu({ target, x: pointer.clientX, y: pointer.clientY })
    },
    [columns, rangeAt],
  )

  /** True when the key opened the range dialog of the focused cell. */
  function onKeyDown(event: KeyboardEvent): boolean {
    if (api === null || !isRangeShortcut(event)) return false
    const focused = api.getFocusedCell()
    if (focused === null || focused.rowPinned) return false
    const row = api.getDisplayedRowAtIndex(focused.rowIndex)?.data
    const target = rangeTarget(columns, rangeAt, focused.column.getColId(), row, focused.rowIndex)
    if (target === null) return false
    event.preventDefault()
    setDialog(target)
    return true
  }

  const closeMenu = useCallback(() => setMenu(null), [])
  function closeDialog() {
    if (dialog !== null) api?.setFocusedCell(dialog.rowIndex, dialog.columnId)
    setDialog(null)
  }

  const overlay = (
    <>
      {menu && (
        <CellMenu
          x={menu.x}
          y={menu.y}
          onClose={closeMenu}
          items={[
            {
              label: rangeAt(menu.target.cellPath) ? 'Edit range…' : 'Set range…',
              shortcut: RANGE_SHORTCUT_LABEL,
              testId: 'cell-menu-range',
              onSelect: () => {
                setMenu(null)
                setDialog(menu.target)
              },
            },
          ]}
        />
      )}
      {dialog && (
        <Suspense fallback={null}>
          <RangeDialog path={dialog.path} via={dialog.via} onClose={closeDialog} />
        </Suspense>
      )}
    </>
  )
  return { onCellContextMenu, onKeyDown, overlay }
}
