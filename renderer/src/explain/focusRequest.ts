/**
 * "Focus this cell": asked by an explanation's link, answered by whichever grid holds the row.
 * The grid may not be on screen yet (another view, a feature's detail that renders a step behind),
 * so the request waits in a store until a grid with that id, scope and row has drawn it.
 */
import type { GridApi } from 'ag-grid-community'
import { useEffect } from 'react'
import { create } from 'zustand'

export interface FocusRequest {
  gridId: string
  /** The grid's scope where one grid id shows different rows: the steps of one feature. */
  scope?: string
  rowId: string
  columnId: string
}

interface FocusRequestState {
  request: FocusRequest | null
  ask(request: FocusRequest): void
  done(): void
}

export const useFocusRequest = create<FocusRequestState>()((set) => ({
  request: null,
  ask: (request) => set({ request }),
  done: () => set({ request: null }),
}))

/** Focuses the requested cell once this grid (`gridId`, `scope`) shows its row. */
export function useAnswerFocusRequest<Row>(
  api: GridApi<Row> | null,
  gridId: string,
  scope: string | undefined,
  rows: readonly Row[],
): void {
  const request = useFocusRequest((state) => state.request)
  useEffect(() => {
    if (api === null || request === null || request.gridId !== gridId) return
    if ((request.scope ?? null) !== (scope ?? null)) return
    const node = api.getRowNode(request.rowId)
    if (node?.rowIndex === null || node?.rowIndex === undefined) return
    useFocusRequest.getState().done()
    api.ensureIndexVisible(node.rowIndex)
    api.ensureColumnVisible(request.columnId)
    api.setFocusedCell(node.rowIndex, request.columnId)
  }, [api, request, gridId, scope, rows])
}
