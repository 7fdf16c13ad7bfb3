import type { WorkspaceDoc } from '../../shared/model/types'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { focusCell, gridCell, pasteIntoFocusedCell, toTsvBlock } from './support/grid'
import { exportedDoc } from './support/workspace'

/** The block's cells: three cohorts (rows) by two features (columns), as the grid lays them. */
const cohortIds = ['smb', 'enterprise', 'heavy']
const featureIds = ['support-agent', 'knowledge-search']
const pasted = [
  [41, 61],
  [62, 83],
  [145, 155],
]

function unitsPerSeat(doc: WorkspaceDoc, cohortId: string, featureId: string): number | undefined {
  const cohort = doc.cohorts.find((c) => c.id === cohortId)
  return cohort?.usage.find((entry) => entry.featureId === featureId)?.unitsPerSeat
}

function blockOf(doc: WorkspaceDoc): (number | undefined)[][] {
  return cohortIds.map((cohortId) =>
    featureIds.map((featureId) => unitsPerSeat(doc, cohortId, featureId)),
  )
}

test('a pasted 3×2 block changes six cells, undone and redone as one step', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  const original = blockOf(before)
  // Every pasted value differs from the demo's, so each of the six cells really changes.
  original.forEach((row, r) => row.forEach((value, c) => expect(value).not.toBe(pasted[r]?.[c])))

  await openView(page, 'pricing')
  await focusCell(page, 'grid-usage', cohortIds[0] ?? '', featureIds[0] ?? '')
  await pasteIntoFocusedCell(page, toTsvBlock(pasted))
  await expect(gridCell(page, 'grid-usage', 'heavy', 'knowledge-search')).toHaveText('155')
  await waitForSaved(page)

  const afterPaste = await exportedDoc(host)
  expect(blockOf(afterPaste)).toEqual(pasted)
  // Nothing outside the block moved.
  expect(unitsPerSeat(afterPaste, 'free-trials', 'knowledge-search')).toBe(
    unitsPerSeat(before, 'free-trials', 'knowledge-search'),
  )
  expect(unitsPerSeat(afterPaste, 'smb', 'ticket-summary')).toBe(
    unitsPerSeat(before, 'smb', 'ticket-summary'),
  )

  // Focus is on a grid cell, not in an editor: the shortcut is the workspace's undo.
  await page.keyboard.press('Control+z')
  await expect(gridCell(page, 'grid-usage', 'heavy', 'knowledge-search')).toHaveText(
    String(original[2]?.[1]),
  )
  await waitForSaved(page)
  expect(await exportedDoc(host)).toEqual(before)
  await expect(page.getByTestId('undo')).toBeDisabled()

  await page.getByTestId('redo').click()
  await expect(gridCell(page, 'grid-usage', 'heavy', 'knowledge-search')).toHaveText('155')
  await waitForSaved(page)
  expect(blockOf(await exportedDoc(host))).toEqual(pasted)
  await expect(page.getByTestId('redo')).toBeDisabled()
})
