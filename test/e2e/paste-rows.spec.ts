/**
 * A pasted block taller than the rows below the focused cell: a collection grid asks to add the
 * rows it needs and commits them with the values as one undo step; a fixed grid refuses, saying
 * how many values did not fit.
 */
import type { Feature, WorkspaceDoc } from '../../shared/model/types'
import { openView, openApp, waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { focusCell, gridCell, pasteIntoFocusedCell, toTsvBlock } from './support/grid'
import { exportedDoc } from './support/workspace'

/** Price, floor and unit: three adjacent input columns of the Features grid. */
const pasted = [
  ['$2.50', '70%', 'report'],
  ['$1.25', '65%', 'page'],
  ['$0.50', '50%', 'lookup'],
]
const expected = [
  { id: 'analytics-qa', pricePerUnit: 2.5, floorPct: 70, unit: 'report' },
  { id: 'new-feature', pricePerUnit: 1.25, floorPct: 65, unit: 'page' },
  { id: 'new-feature-2', pricePerUnit: 0.5, floorPct: 50, unit: 'lookup' },
]

function pastedFields(doc: WorkspaceDoc) {
  return expected.map(({ id }) => {
    const feature: Feature | undefined = doc.features.find((f) => f.id === id)
    return {
      id,
      pricePerUnit: feature?.pricePerUnit,
      floorPct: feature?.floorPct,
      unit: feature?.unit,
    }
  })
}

test('a 3×3 block on the last feature adds 2 features, all 9 values land, one undo', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  // The block's top row lands on the demo's last feature; two features are missing below it.
  expect(before.features.at(-1)?.id).toBe('analytics-qa')

  await openView(page, 'features')
  await focusCell(page, 'grid-features', 'analytics-qa', 'pricePerUnit')
  await pasteIntoFocusedCell(page, toTsvBlock(pasted))
  const question = page.getByTestId('choice-dialog')
  await expect(question).toContainText(
    'The pasted block has 3 rows; 2 rows are missing below. Add 2 new features?',
  )
  await question.getByRole('button', { name: 'Add 2 rows' }).click()
  await expect(gridCell(page, 'grid-features', 'new-feature-2', 'unit')).toHaveText('lookup')
  await waitForSaved(page)

  const after = await exportedDoc(host)
  expect(pastedFields(after)).toEqual(expected)
  // Added as "+ Add" adds them: named in turn, at the end, with the add's defaults.
  expect(after.features.map((f) => f.id)).toEqual([
    ...before.features.map((f) => f.id),
    'new-feature',
    'new-feature-2',
  ])
  expect(after.features.slice(-2).map((f) => [f.name, f.category, f.steps])).toEqual([
    ['New feature', 'core', []],
    ['New feature 2', 'core', []],
  ])

  // Focus is on a grid cell: the shortcut is the workspace's undo, and one step takes it all.
  await page.keyboard.press('Control+z')
  await expect(gridCell(page, 'grid-features', 'new-feature', 'unit')).toHaveCount(0)
  await waitForSaved(page)
  expect(await exportedDoc(host)).toEqual(before)
  await expect(page.getByTestId('undo')).toBeDisabled()

  await page.getByTestId('redo').click()
  await expect(gridCell(page, 'grid-features', 'new-feature-2', 'unit')).toHaveText('lookup')
  await waitForSaved(page)

  await page.reload()
  await waitForWorkspace(page)
  await openView(page, 'features')
  for (const [r, row] of expected.entries()) {
    await expect(gridCell(page, 'grid-features', row.id, 'unit')).toHaveText(row.unit)
    await expect(gridCell(page, 'grid-features', row.id, 'pricePerUnit')).toHaveText(
      pasted[r]?.[0] ?? '',
    )
    await expect(gridCell(page, 'grid-features', row.id, 'floorPct')).toHaveText(
      pasted[r]?.[1] ?? '',
    )
  }
  expect(pastedFields(await exportedDoc(host))).toEqual(expected)
})

test('the usage matrix cannot grow: a block past its last cohort is refused, counted', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  expect(before.cohorts.at(-1)?.id).toBe('heavy')

  await openView(page, 'pricing')
  await focusCell(page, 'grid-usage', 'heavy', 'support-agent')
  await pasteIntoFocusedCell(page, toTsvBlock([[10], [20], [30]]))
  await expect(page.getByTestId('edit-error')).toContainText(
    'Nothing pasted. The pasted block has 3 rows; 2 rows are missing below. 2 values did not fit',
  )
  await expect(page.getByTestId('choice-dialog')).toHaveCount(0)
  expect(await exportedDoc(host)).toEqual(before)
})
