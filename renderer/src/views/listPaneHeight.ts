/*
 * A list pane above a detail pane starts at the height of its rows, so a short list leaves no
 * blank grid and the detail gets the room; a long one stops at a cap and scrolls. The numbers
 * follow grids/gridTheme.ts (30 px rows, 34 px header rows) and the toolbar above each grid.
 */
const toolbarPx = 36
const rowPx = 30
/** Two-line headers (units wrap under labels) plus the grid's border. */
const headerPx = 54
/** A row of group headers above the column headers ("Inputs", "This month"). */
const groupHeaderPx = 34
/** A horizontal scrollbar, when the columns are wider than the pane. */
const scrollbarPx = 16
const minPx = 150
const maxPx = 420

/** `columns` are the list grid's: any column under a group header adds that header row. */
export function listPaneHeight(rowCount: number, columns: readonly { group?: string }[]): number {
  const grouped = columns.some((column) => column.group !== undefined)
  const header = headerPx + (grouped ? groupHeaderPx : 0)
  const fit = toolbarPx + header + Math.max(rowCount, 1) * rowPx + scrollbarPx
  return Math.min(maxPx, Math.max(minPx, fit))
}
