/**
 * Issue #10, deliverable 2: numbers that explain themselves. Hovering a computed cell, or pressing
 * `?` on it, opens the formula with that cell's own numbers; each input is a link that lands on
 * the cell it comes from, in this view or another.
 */
import type { Locator, Page } from '@playwright/test'
import { openApp, openView } from './support/app'
import { expect, test } from './support/fixtures'
import { focusCell, gridCell } from './support/grid'

const popover = (page: Page) => page.getByTestId('explain-popover')

async function expectFocused(cell: Locator) {
  await expect(cell).toHaveClass(/ag-cell-focus/)
  await expect(cell).toBeFocused()
}

test('hovering a feature’s cost per unit explains it; a link lands on variable cost', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'features')
  const cost = gridCell(page, 'grid-features', 'knowledge-search', 'costPerUnit')
  const shown = (await cost.textContent())!.trim()
  await cost.hover()

  const explained = popover(page)
  await expect(explained).toBeVisible()
  // The demo's knowledge search pays a $1,400 vector database: variable cost plus fixed share.
  await expect(explained.getByTestId('explain-formula').first()).toContainText(
    'Cost / unit = Variable cost / unit + Fixed cost / unit',
  )
  await expect(explained.locator('.explain-total')).toHaveText(shown)
  await explained.getByRole('button', { name: 'Variable cost / unit', exact: true }).click()

  await expect(explained).toBeHidden()
  await expectFocused(gridCell(page, 'grid-features', 'knowledge-search', 'variableCostPerUnit'))
  expect(pageProblems.messages).toEqual([])
})

test('? on a step’s cost per unit explains it from the keyboard; Esc gives the cell back', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'features')
  await focusCell(page, 'grid-features', 'knowledge-search', 'name')
  const stepCost = gridCell(page, 'grid-steps', 'answer', 'costPerUnit')
  await focusCell(page, 'grid-steps', 'answer', 'costPerUnit')
  await page.keyboard.press('?')

  const explained = popover(page)
  await expect(explained).toBeFocused()
  // 18% of the demo's queries are answered from the response cache.
  await expect(explained.getByTestId('explain-formula').first()).toContainText('× (1 − 18%)')
  await page.keyboard.press('Escape')
  await expect(explained).toBeHidden()
  await expectFocused(stepCost)

  await page.keyboard.press('?')
  await explained.getByRole('button', { name: 'Cost / call', exact: true }).click()
  await expectFocused(gridCell(page, 'grid-steps', 'answer', 'callCost'))
  expect(pageProblems.messages).toEqual([])
})

test('a cohort’s COGS links through to a feature’s cost on the Features view', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'pricing')
  await focusCell(page, 'grid-cohorts', 'smb', 'cogs')
  await page.keyboard.press('?')

  const explained = popover(page)
  await expect(explained.getByTestId('explain-formula').first()).toContainText(
    'COGS / month = AI features + Non-AI COGS',
  )
  await explained.getByRole('button', { name: 'Show how AI features is computed' }).click()
  await explained
    .getByRole('button', { name: 'Show how Knowledge search (RAG) is computed' })
    .click()
  await explained.getByRole('button', { name: 'Variable cost / unit', exact: true }).click()

  await expect(page.getByTestId('view-features')).toBeVisible()
  await expectFocused(gridCell(page, 'grid-features', 'knowledge-search', 'variableCostPerUnit'))
  expect(pageProblems.messages).toEqual([])
})
