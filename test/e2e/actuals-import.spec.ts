/**
 * Issue #11 "Actuals": a usage log is previewed through its mapping, imported in the page's
 * worker with an account of every row, listed on the Imports page; the same file twice replaces
 * its days instead of doubling them; a cancelled import writes nothing.
 */
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { WorkspaceDoc } from '../../shared/model/types'
import { callApi } from './api'
import { waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { layoutSizes } from './support/geometry'
import { langfuseLog } from '../fixtures/actuals/langfuseLog'
import { repoPath } from '../fixtures/paths'
import type { RunningHost } from './webHost'

const langfuseCsv = repoPath('test/fixtures/actuals/langfuse-observations.csv')
const revenueCsv = repoPath('test/fixtures/actuals/revenue.csv')
const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

/** The fixture: 5 generations (4 of features, billing-bot of none), 4 spans and an event. */
const FIXTURE_COUNTS = { read: 10, matched: 4, unmatched: 1, rejected: 0, skipped: 5 }
const SHOTS = '/tmp/shots'

/** The support-agent example (the fixtures' workspace) opened, on Actuals → Imports. */
async function openImports(page: Page, host: RunningHost): Promise<void> {
  const path = join(host.dataDir, 'support-agent.marginplan')
  await callApi(host, 'workspace/importJson', { path, doc: supportAgent, overwrite: false })
  await page.goto(host.url)
  await waitForWorkspace(page)
  await page.getByTestId('nav-actuals').click()
  await page.getByTestId('actuals-tab-imports').click()
  await expect(page.getByTestId('actuals-imports')).toBeVisible()
}

async function screenshotsAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of layoutSizes) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png` })
  }
}

async function countsIn(page: Page, testId: string): Promise<typeof FIXTURE_COUNTS> {
  const read = async (key: keyof typeof FIXTURE_COUNTS) =>
    Number(await page.getByTestId(`${testId}-${key}`).getAttribute('data-value'))
  return {
    read: await read('read'),
    matched: await read('matched'),
    unmatched: await read('unmatched'),
    rejected: await read('rejected'),
    skipped: await read('skipped'),
  }
}

/** Imports the Langfuse fixture with the default mapping; `shot` names a screenshot of its summary. */
async function importFixture(page: Page, shot?: string): Promise<typeof FIXTURE_COUNTS> {
  await page.getByTestId('import-usage-file').setInputFiles(langfuseCsv)
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-format')).toHaveValue('langfuse')
  await expect(dialog.getByTestId('import-preview-row')).not.toHaveCount(0)
  await dialog.getByTestId('import-run').click()
  await expect(dialog.getByTestId('import-summary')).toBeVisible()
  const counts = await countsIn(page, 'import-summary-counts')
  if (shot !== undefined) await page.screenshot({ path: `${SHOTS}/${shot}.png` })
  await dialog.getByTestId('import-close').click()
  await expect(dialog).toBeHidden()
  return counts
}

test('a Langfuse CSV is previewed, imported with every row accounted for, and re-imported without doubling', async ({
  page,
  host,
  pageProblems,
}) => {
  await openImports(page, host)
  await expect(page.getByTestId('imports-empty')).toContainText('Langfuse')
  await screenshotsAtBothSizes(page, 'imports-empty')

  await page.getByTestId('import-usage-file').setInputFiles(langfuseCsv)
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-format')).toHaveValue('langfuse')
  const rows = dialog.getByTestId('import-preview-row')
  await expect(rows).toHaveCount(10)
  await expect(dialog.locator('[data-status="matched"]')).toHaveCount(4)
  const billing = dialog.locator('[data-status="unmatched"]')
  await expect(billing).toHaveCount(1)
  await expect(billing).toContainText('billing-bot')
  await expect(billing).toContainText('no feature')
  // Trace 3 has no feature's name but its "complex" tag: it goes to the complex feature's step.
  await expect(rows.filter({ hasText: 'feature: complex' })).toContainText(
    'Complex resolution · Multi-step reasoning · GPT-4o · acme · All customers',
  )
  expect(await countsIn(page, 'import-preview-counts')).toEqual(FIXTURE_COUNTS)
  await screenshotsAtBothSizes(page, 'import-mapping')

  // A tag rule with billing-bot's tag mapped shows in the preview at once; back to the defaults.
  await dialog.getByTestId('import-feature-source').selectOption('tag')
  await dialog.getByLabel('Value → feature: billing').selectOption('simple')
  const answer = rows.filter({ hasText: 'answer' })
  await expect(answer).toHaveAttribute('data-status', 'matched')
  await expect(answer).toContainText('Simple resolution · no step · GPT-4o mini · globex')
  await dialog.getByTestId('import-feature-source').selectOption('')
  await expect(dialog.locator('[data-status="unmatched"]')).toContainText('billing-bot')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  const first = await importFixture(page, 'import-summary')
  expect(first).toEqual(FIXTURE_COUNTS)
  expect(first.matched + first.unmatched + first.rejected + first.skipped).toBe(first.read)
  await expect(page.getByTestId('import-card')).toHaveCount(1)
  const overview = await callApi(host, 'actuals/overview', { scenarioId: null })
  expect(overview).not.toBeNull()

  const second = await importFixture(page)
  expect(second).toEqual(first)
  await expect(page.getByTestId('import-card')).toHaveCount(2)
  // Newest first; the older card says its days were replaced.
  const cards = page.getByTestId('import-card')
  await expect(cards.nth(0)).toHaveAttribute('data-standing', 'in-force')
  await expect(cards.nth(1)).toHaveAttribute('data-standing', 'replaced')
  await expect(cards.nth(1)).toContainText('Replaced by a later import of the same days')
  expect((await callApi(host, 'actuals/imports', {})).imports).toHaveLength(2)
  // The second import replaced the same days: the totals are those of one import, not two.
  const again = await callApi(host, 'actuals/overview', { scenarioId: null })
  expect(again?.totals).toEqual(overview?.totals)
  // The mapping was never changed from the defaults: nothing was saved in the document.
  const { doc } = await callApi(host, 'workspace/exportJson', {})
  expect(doc.actualsMappings ?? []).toEqual([])

  await screenshotsAtBothSizes(page, 'imports-page')
  expect(pageProblems.messages).toEqual([])
})

test('a cancelled import of a large log writes nothing', async ({ page, host }) => {
  const folder = mkdtempSync(join(tmpdir(), 'amp-actuals-'))
  const large = join(folder, 'langfuse-large.csv')
  const out = createWriteStream(large)
  let lines = 0
  for (const line of langfuseLog(supportAgent, {
    startDay: '2026-10-01',
    days: 60,
    tracesPerDay: 2000,
  })) {
    if (!out.write(`${line}\n`)) await once(out, 'drain')
    if (++lines > 200_000) break
  }
  out.end()
  await once(out, 'finish')

  await openImports(page, host)
  await page.getByTestId('import-usage-file').setInputFiles(large)
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-preview-row')).toHaveCount(50)
  await dialog.getByTestId('import-run').click()
  await expect(dialog.getByTestId('import-progress-rows')).toContainText(/[1-9][\d,]* rows read/)
  await dialog.getByTestId('import-cancel').click()
  await expect(dialog.getByTestId('import-notice')).toHaveText(
    'Import cancelled: nothing was imported.',
  )
  await expect(page.getByTestId('imports-empty')).toBeVisible()
  expect((await callApi(host, 'actuals/imports', {})).imports).toEqual([])
})

test('a revenue CSV is previewed and imported in one step', async ({ page, host }) => {
  await openImports(page, host)
  await page.getByTestId('import-revenue-file').setInputFiles(revenueCsv)
  const dialog = page.getByTestId('revenue-dialog')
  await expect(dialog.getByTestId('revenue-preview').locator('tbody tr')).toHaveCount(4)
  await dialog.getByTestId('revenue-run').click()
  await expect(dialog.getByTestId('revenue-summary')).toContainText('Imported 4 of 4 rows')
  await dialog.getByTestId('revenue-close').click()
  await expect(page.getByTestId('import-card')).toHaveAttribute('data-source', 'revenue')
})
