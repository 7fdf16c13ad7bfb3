/**
 * Driving the app's ag-grid grids as a person does: find a cell by row id and column id, type
 * into it, paste a block from a spreadsheet.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** A grid by its `gridId` (its `data-testid`). */
export function grid(page: Page, gridId: string): Locator {
  return page.getByTestId(gridId)
}

/** The cell of row `rowId` (the grid's `getRowId`) in column `colId`. */
export function gridCell(page: Page, gridId: string, rowId: string, colId: string): Locator {
  return grid(page, gridId).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`)
}

/**
 * Types `text` into a cell and presses Enter, the way a person edits a spreadsheet cell.
 * `beforeEnter` runs with the text typed and the editor still open (the benchmark starts its
 * timer there).
 */
export async function typeIntoCell(
  page: Page,
  gridId: string,
  rowId: string,
  colId: string,
  text: string,
  beforeEnter?: () => Promise<void>,
): Promise<void> {
  const cell = gridCell(page, gridId, rowId, colId)
  await cell.dblclick()
  const editor = cell.locator('input')
  await expect(editor).toBeVisible()
  await editor.fill(text)
  await beforeEnter?.()
  await editor.press('Enter')
  await expect(cell).not.toHaveClass(/ag-cell-inline-editing/)
}

/** Focuses a cell without editing it (single click), as the anchor of a paste or fill. */
export async function focusCell(
  page: Page,
  gridId: string,
  rowId: string,
  colId: string,
): Promise<void> {
  const cell = gridCell(page, gridId, rowId, colId)
  await cell.click()
  await expect(cell).toHaveClass(/ag-cell-focus/)
}

/** Tab-separated rows, newline-terminated, as Excel and Google Sheets put on the clipboard. */
export function toTsvBlock(rows: (string | number)[][]): string {
  return rows.map((row) => row.join('\t')).join('\n') + '\n'
}

/**
 * Pastes `tsv` with the focused cell as the block's top-left corner. The grid listens for the
 * browser's `paste` event, so this dispatches the event Chromium fires for Ctrl+V (the system
 * clipboard itself is not reachable from a headless test).
 */
export async function pasteIntoFocusedCell(page: Page, tsv: string): Promise<void> {
  await page.evaluate((text) => {
    const target = document.activeElement
    if (target === null) throw new Error('no element has focus to paste into')
    const data = new DataTransfer()
    data.setData('text/plain', text)
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, tsv)
}

/**
 * The ids of the grid's rendered rows in display order, pinned footer rows left out. A row's
 * pinned columns live in a container of their own, under the same row id.
 */
export async function renderedRowIds(page: Page, gridId: string): Promise<string[]> {
  const ids = await grid(page, gridId)
    .locator('.ag-row[row-id]:not(.ag-row-pinned)')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('row-id') ?? ''))
  return [...new Set(ids)]
}
