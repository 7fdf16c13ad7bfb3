/**
 * Ranges (DESIGN.md §11): "Set range…" on any number cell (right-click, or Shift+R), the range
 * dialog, the mark on ranged cells, and the Ranges grid of the Uncertainty view, saved in the
 * baseline or, with a scenario active, in that scenario.
 */
import type { Page } from '@playwright/test'
import type { Range } from '../../shared/model/types'
import { openApp, openView, waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { focusCell, grid, gridCell, renderedRowIds, typeIntoCell } from './support/grid'
import { applyOutside, exportedDoc } from './support/workspace'

const featureId = 'support-agent'
const stepId = 'triage'
const inputTokensPath = `features/${featureId}/steps/${stepId}/inputTokens`
const cacheHitPath = `features/${featureId}/responseCacheHitPct`
const scenarioId = 'openai-price-rise'
/** GPT-4o's price in force from 2024-10-02 ($2.50 input), its second point: the first is $5.00. */
const gpt4oInputPath = 'models/gpt-4o/prices/1/inputPerMTok'
const everyPricePath = 'features/*/pricePerUnit'

/** The Features view with the support agent's steps in its detail pane. */
async function openSupportAgentSteps(page: Page) {
  await openView(page, 'features')
  await gridCell(page, 'grid-features', featureId, 'name').click()
  return gridCell(page, 'grid-steps', stepId, 'inputTokens')
}

async function openUncertainty(page: Page) {
  await page.getByTestId('nav-uncertainty').click()
  await expect(page.getByTestId('ranges-section')).toBeVisible()
}

test('Set range… on a cell saves a range that marks the cell, undoes and persists', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  const cell = await openSupportAgentSteps(page)
  await expect(cell.getByTestId('range-badge')).toHaveCount(0)

  await cell.click({ button: 'right' })
  await page.getByTestId('cell-menu-range').click()
  const dialog = page.getByTestId('range-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Support agent')
  // Prefilled around the demo's 1,800 input tokens: 0.8× and 1.25×, PERT.
  await expect(dialog.getByTestId('range-low')).toHaveValue('1440')
  await expect(dialog.getByTestId('range-likely')).toHaveValue('1800')
  await expect(dialog.getByTestId('range-high')).toHaveValue('2250')
  await dialog.getByTestId('range-high').fill('3000')
  await expect(dialog.getByTestId('range-preview')).toBeVisible()
  await dialog.getByTestId('range-save').click()
  await expect(dialog).toBeHidden()

  const badge = cell.getByTestId('range-badge')
  await expect(badge).toBeVisible()
  await expect(badge).toHaveAttribute('title', 'Range 1,440 – 3,000 (PERT)')
  await waitForSaved(page)
  const saved: Range = { path: inputTokensPath, low: 1440, likely: 1800, high: 3000, shape: 'pert' }
  expect((await exportedDoc(host)).ranges).toEqual([saved])

  await openUncertainty(page)
  expect(await renderedRowIds(page, 'grid-ranges')).toEqual([inputTokensPath])
  await expect(gridCell(page, 'grid-ranges', inputTokensPath, 'input')).toContainText(
    'input tokens',
  )
  await expect(gridCell(page, 'grid-ranges', inputTokensPath, 'from')).toHaveText('Baseline')

  await page.getByTestId('undo').click()
  await expect(page.getByTestId('ranges-empty')).toBeVisible()
  await waitForSaved(page)
  expect((await exportedDoc(host)).ranges).toBeUndefined()

  await page.getByTestId('redo').click()
  await expect(gridCell(page, 'grid-ranges', inputTokensPath, 'high')).toHaveText('3,000')
  await waitForSaved(page)
  await page.reload()
  await waitForWorkspace(page)
  await expect(page.getByTestId('ranges-section')).toBeVisible()
  expect(await renderedRowIds(page, 'grid-ranges')).toEqual([inputTokensPath])
  await openView(page, 'features')
  await expect(cell.getByTestId('range-badge')).toBeVisible()
  expect(pageProblems.messages).toEqual([])
})

test('a high above 100 on a percent is refused with the checks’ reason', async ({ page, host }) => {
  await openApp(page, host)
  await openUncertainty(page)
  await page.getByTestId('range-add').click()
  const dialog = page.getByTestId('range-dialog')
  await dialog.getByTestId('range-input-select').selectOption(cacheHitPath)
  await dialog.getByTestId('range-high').fill('150')
  await dialog.getByTestId('range-save').click()
  await expect(dialog.getByTestId('range-error')).toHaveText(
    'High: must be between 0 and 100 for Support agent · response cache hit %',
  )
  await expect(dialog).toBeVisible()

  // Once saved, the same refusal meets a value typed into the grid.
  await dialog.getByTestId('range-high').fill('40')
  await dialog.getByTestId('range-save').click()
  await expect(dialog).toBeHidden()
  await typeIntoCell(page, 'grid-ranges', cacheHitPath, 'high', '150')
  await expect(page.getByTestId('edit-error')).toContainText(
    'High: must be between 0 and 100 for Support agent · response cache hit %',
  )
  await expect(gridCell(page, 'grid-ranges', cacheHitPath, 'high')).toHaveText('40%')
  await waitForSaved(page)
  expect((await exportedDoc(host)).ranges?.[0]?.high).toBe(40)
})

test('with a scenario active, Shift+R sets a range in that scenario only', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  await page.getByTestId('scenario-picker').selectOption(scenarioId)
  const cell = await openSupportAgentSteps(page)
  await focusCell(page, 'grid-steps', stepId, 'inputTokens')
  await page.keyboard.press('Shift+R')
  const dialog = page.getByTestId('range-dialog')
  await expect(dialog).toContainText('Saved in OpenAI raises prices 50% only')
  await dialog.getByTestId('range-shape').selectOption('uniform')
  await dialog.getByTestId('range-save').click()
  await expect(dialog).toBeHidden()
  // The shortcut neither typed into the cell nor left it behind.
  await expect(cell).toHaveText(/1,800/)
  await expect(cell).toBeFocused()
  await expect(cell.getByTestId('range-badge')).toBeVisible()

  await waitForSaved(page)
  const doc = await exportedDoc(host)
  expect(doc.ranges).toBeUndefined()
  expect(doc.scenarios.find((s) => s.id === scenarioId)?.ranges).toEqual([
    { path: inputTokensPath, low: 1440, likely: 1800, high: 2250, shape: 'uniform' },
  ])

  await openUncertainty(page)
  await expect(gridCell(page, 'grid-ranges', inputTokensPath, 'from')).toHaveText('This scenario')
  // The baseline has none: switching back empties the grid.
  await page.getByTestId('scenario-picker').selectOption('')
  await expect(page.getByTestId('ranges-empty')).toBeVisible()
  await expect(grid(page, 'grid-ranges')).toHaveCount(0)
})

test('Add range… on a model price starts from the price in force, on that point only', async ({
  page,
  host,
  pageProblems,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page, host)
  await openUncertainty(page)
  await page.getByTestId('range-add').click()
  const dialog = page.getByTestId('range-dialog')
  const select = dialog.getByTestId('range-input-select')
  await expect(select.locator('option[value*="*"]')).toHaveCount(0)
  await expect(select.locator('option[value*="provider:"]')).toHaveCount(0)
  await expect(select.locator(`option[value="${gpt4oInputPath}"]`)).toHaveText(
    'GPT-4o · price from 2024-10-02 · input $/MTok',
  )
  await select.selectOption(gpt4oInputPath)
  await expect(dialog.getByTestId('range-where')).toContainText('In the plan now: $2.50.')
  await expect(dialog.getByTestId('range-covers')).toHaveCount(0)
  await expect(dialog.getByTestId('range-low')).toHaveValue('2')
  await expect(dialog.getByTestId('range-likely')).toHaveValue('2.5')
  await expect(dialog.getByTestId('range-high')).toHaveValue('3.125')
  await expect(dialog.getByTestId('range-preview')).toBeVisible()
  await dialog.getByTestId('range-save').click()
  await expect(dialog).toBeHidden()
  await waitForSaved(page)
  expect((await exportedDoc(host)).ranges).toEqual([
    { path: gpt4oInputPath, low: 2, likely: 2.5, high: 3.125, shape: 'pert' },
  ])
  expect(pageProblems.messages).toEqual([])
})

test('Edit range… on a cell a selector’s range reaches edits and deletes that range', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  const everyPrice = { path: everyPricePath, low: 0.5, likely: 1, high: 1.5, shape: 'pert' }
  await applyOutside(host, 'Add range', [{ op: 'set', path: 'ranges', value: [everyPrice] }])
  await openView(page, 'features')
  const cell = gridCell(page, 'grid-features', featureId, 'pricePerUnit')
  await expect(cell.getByTestId('range-badge')).toBeVisible()

  await cell.click({ button: 'right' })
  await expect(page.getByTestId('cell-menu-range')).toContainText('Edit range…')
  await page.getByTestId('cell-menu-range').click()
  const dialog = page.getByTestId('range-dialog')
  await expect(dialog).toContainText('Range on every feature · price per unit')
  await expect(dialog.getByTestId('range-covers')).toContainText('Every feature · price per unit')
  await expect(dialog.getByTestId('range-where')).toContainText(
    'In the plan now: $0.99 on Support agent · price per unit.',
  )
  await expect(dialog.getByTestId('range-low')).toHaveValue('0.5')
  await expect(dialog.getByTestId('range-likely')).toHaveValue('1')
  await expect(dialog.getByTestId('range-high')).toHaveValue('1.5')
  await dialog.getByTestId('range-high').fill('2')
  await dialog.getByTestId('range-save').click()
  await expect(dialog).toBeHidden()
  await waitForSaved(page)
  expect((await exportedDoc(host)).ranges).toEqual([{ ...everyPrice, high: 2 }])

  await focusCell(page, 'grid-features', featureId, 'pricePerUnit')
  await page.keyboard.press('Shift+R')
  await expect(dialog.getByTestId('range-high')).toHaveValue('2')
  await dialog.getByTestId('range-remove').click()
  await expect(dialog).toBeHidden()
  await expect(cell.getByTestId('range-badge')).toHaveCount(0)
  await waitForSaved(page)
  expect((await exportedDoc(host)).ranges).toBeUndefined()
  expect(pageProblems.messages).toEqual([])
})
