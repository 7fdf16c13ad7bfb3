/**
 * Issue #9, item 4: a price refresh is previewed with its effect on the margin, applied in one
 * step, and undone in one step; a malformed file is refused with a message naming the model and
 * the field, and changes nothing.
 */
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { repoPath } from '../fixtures/paths'
import { currentWorkspace, exportedDoc } from './support/workspace'

/** GPT-4o at $2.50 / $10 (cache read $1.25), halved from 2027-01-01. */
const priceCut = repoPath('test/fixtures/prices/openai-gpt-4o-cut.json')

async function previewRefresh(page: Page, file: string) {
  await openView(page, 'models')
  await page.getByTestId('models-refresh').click()
  await page.getByTestId('refresh-file').setInputFiles(file)
  await page.getByTestId('refresh-as-of').fill('2026-12-01')
  await page.getByTestId('refresh-preview').click()
}

test('a refresh shows its margin effect, applies in one step and undoes in one', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  const before = (await exportedDoc(host)).models.find((m) => m.id === 'gpt-4o')!
  await previewRefresh(page, priceCut)

  const summary = page.getByTestId('refresh-summary')
  await expect(summary).toContainText('Changed or linked1')
  // GPT-4o mini, Claude Sonnet 4.5 and the embedding model are not in the file: kept as they are.
  await expect(summary).toContainText('Not in the file (kept)3')
  const portfolio = page.getByTestId('refresh-margin-effect').locator('tbody tr').first()
  const cells = portfolio.locator('td.num')
  const dec2026 = (await cells.nth(1).textContent())!
  const lastMonth = (await cells.nth(2).textContent())!
  // The price is the same in Dec 2026 and halves from Jan 2027: the horizon's margin rises.
  const [from, to] = dec2026.split(' → ')
  expect(to).toBe(from)
  const [lastFrom, lastTo] = lastMonth.split(' → ').map((text) => Number.parseFloat(text))
  expect(lastTo!).toBeGreaterThan(lastFrom!)

  await page.getByTestId('refresh-apply').click()
  await expect(page.getByTestId('refresh-prices')).toBeHidden()
  await waitForSaved(page)
  const after = (await exportedDoc(host)).models.find((m) => m.id === 'gpt-4o')!
  // Nothing is removed: the file's undated price is the one in force on the as-of day
  // (2024-10-02's), so only its 2027 cut is added, with the workspace's 50% batch discount.
  expect(after.sourceId).toBe('gpt-4o')
  expect(after.prices).toEqual([
    ...before.prices,
    {
      from: '2027-01-01',
      inputPerMTok: 1.25,
      cacheReadPerMTok: 0.625,
      outputPerMTok: 5,
      batchDiscountPct: 50,
    },
  ])

  await page.getByTestId('undo').click()
  await waitForSaved(page)
  expect((await exportedDoc(host)).models.find((m) => m.id === 'gpt-4o')).toEqual(before)
  expect(pageProblems.messages).toEqual([])
})

test('a malformed price file is refused, naming the model and field, and nothing changes', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const revision = (await currentWorkspace(host)).revision
  const folder = mkdtempSync(join(tmpdir(), 'amp-prices-'))
  const negative = join(folder, 'negative.json')
  writeFileSync(
    negative,
    JSON.stringify([
      { id: 'openai', models: [{ id: 'gpt-4o', prices: { input_mtok: -1, output_mtok: 10 } }] },
    ]),
  )
  await previewRefresh(page, negative)
  await expect(page.getByTestId('refresh-error')).toContainText(
    'negative.json: model "gpt-4o" (openai): prices.input_mtok is negative (-1)',
  )

  const truncated = join(folder, 'truncated.json')
  writeFileSync(truncated, '[{"id": "openai", "models": [')
  await page.getByTestId('refresh-file').setInputFiles(truncated)
  await page.getByTestId('refresh-preview').click()
  await expect(page.getByTestId('refresh-error')).toContainText('truncated.json: not valid JSON')
  expect((await currentWorkspace(host)).revision).toBe(revision)
})

test('the catalog refreshes from a LiteLLM file, the picker offers it, and it can be restored', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  await openView(page, 'models')
  await page.getByTestId('models-refresh').click()
  await page
    .getByTestId('refresh-file')
    .setInputFiles(repoPath('test/fixtures/prices/litellm-sample.json'))
  await page.getByRole('radio', { name: "Refresh the app's price catalog" }).check()
  await page.getByTestId('refresh-preview').click()
  await expect(page.getByTestId('refresh-summary')).toContainText('Models afterwards')
  await page.getByTestId('refresh-apply').click()
  await expect(page.getByTestId('refresh-prices')).toBeHidden()

  // LiteLLM's bedrock provider is not in genai-prices: the picker now finds its Llama 3 70B.
  await page.getByRole('button', { name: '+ Add model' }).click()
  const picker = page.getByTestId('model-picker')
  await expect(picker).toContainText('refreshed from litellm-sample.json')
  await picker.getByLabel('Provider').selectOption('bedrock')
  await expect(picker.getByRole('listbox', { name: 'Matching models' })).toContainText(
    'bedrock/us-east-1/meta.llama3-70b-instruct-v1:0',
  )
  await picker.getByRole('button', { name: 'Cancel' }).click()

  await page.getByTestId('models-refresh').click()
  await page.getByTestId('catalog-restore').click()
  await expect(page.getByTestId('catalog-restore')).toBeHidden()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: '+ Add model' }).click()
  await expect(page.getByTestId('model-picker')).toContainText(
    'genai-prices (Pydantic Services Inc., MIT licence) as of 2026-08-21',
  )
})
