/**
 * Issue #9, item 2: a model comes from the catalog wherever one is chosen. In a blank workspace a
 * new step asks for the model it calls; typing "sonnet 5" finds anthropic's claude-sonnet-5, and
 * the step's cost per call follows from the catalog's prices without a price typed by hand.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { exportedDoc } from './support/workspace'

test('a blank workspace gets a step on claude-sonnet-5 by typing "sonnet 5"', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await page.getByRole('button', { name: /^File/ }).click()
  await page.getByRole('menuitem', { name: 'New blank…' }).click()
  await page
    .getByTestId('path-input')
    .fill(join(mkdtempSync(join(tmpdir(), 'amp-')), 'blank.marginplan'))
  await page.getByRole('button', { name: 'Create' }).click()
  await waitForSaved(page)

  await openView(page, 'features')
  await page.getByRole('button', { name: '+ Add feature' }).click()
  await waitForSaved(page)
  await page.getByRole('button', { name: '+ Add step' }).click()

  const picker = page.getByTestId('model-picker')
  await expect(picker).toBeVisible()
  await picker.getByLabel('Search the catalog').fill('sonnet 5')
  const best = picker.getByRole('listbox', { name: 'Matching models' }).getByRole('option').first()
  await expect(best).toContainText('claude-sonnet-5')
  await expect(best).toContainText('Anthropic')
  await picker.getByLabel('Search the catalog').press('Enter')
  await expect(picker).toBeHidden()
  await waitForSaved(page)

  const doc = await exportedDoc(host)
  const [model] = doc.models
  expect(doc.models).toHaveLength(1)
  expect(model).toMatchObject({
    id: 'claude-sonnet-5',
    provider: 'anthropic',
    sourceId: 'claude-sonnet-5',
  })
  expect(model!.prices.map((point) => point.from)).toEqual(['2000-01-01', '2026-09-01'])
  const step = doc.features[0]!.steps[0]!
  expect(step.mix).toEqual([{ modelId: 'claude-sonnet-5', sharePct: 100 }])

  await typeIntoCell(page, 'grid-steps', step.id, 'inputTokens', '1000')
  await typeIntoCell(page, 'grid-steps', step.id, 'outputTokens', '500')
  // The catalog's price from 2026-09-01 is $3 in / $15 out per million tokens, $2 / $10 before:
  // 1,000 × 3/1e6 + 500 × 15/1e6 = $0.0105 a call (1,000 × 2/1e6 + 500 × 10/1e6 = $0.007).
  const expected = doc.startMonth >= '2026-09' ? '$0.0105' : '$0.007'
  await expect(gridCell(page, 'grid-steps', step.id, 'callCost')).toHaveText(expected)
  expect(pageProblems.messages).toEqual([])
})
