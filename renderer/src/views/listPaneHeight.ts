/*
 * A list pane above a detail pane starts at the height of its rows, so a short list leaves no
 * blank grid and the detail gets the room; a long one stops at a cap and scrolls. The numbers
 * follow grids/gridTheme.ts (30 px rows) and the toolbar above each grid.
 */
const toolbarPx = 36
const rowPx = 30
/** Two-line headers (units wrap under labels) plus the grid's border. */
const headerPx = 54
/** A horizontal scrollbar, when the columns are wider than the pane. */
const scrollbarPx = 16
const minPx = 150
const maxPx = 380

export function listPaneHeight(rowCount: number): number {
  const fit = toolbarPx + headerPx + Math.max(rowCount, 1) * rowPx + scrollbarPx
  return Math.min(maxPx, Math.max(minPx, fit))
}
