import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Download, Page } from '@playwright/test'
import { openApp, openView } from './support/app'
import { downloadFrom } from './support/downloads'
import { expect, test } from './support/fixtures'

const slowChromium = fileURLToPath(new URL('./support/slowChromium.sh', import.meta.url))

const demoFeatures = [
  'Support agent',
  'Knowledge search (RAG)',
  'Ticket summarisation',
  'Reply drafting',
  'Analytics Q&A',
]

/** Clicks Export and resolves with the browser download it leads to. */
const exportAndDownload = (page: Page): Promise<Download> =>
  downloadFrom(page, page.getByTestId('export-start'))

async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFile(await download.path())
}

test('a CSV of the features downloads with every feature of the demo', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'reports')
  await page.getByTestId('export-format-csv').check()
  await page.getByTestId('export-csv-table').selectOption('features')

  const download = await exportAndDownload(page)
  const fileName = 'helpdesk-ai-suite-baseline-2026-12-features.csv'
  expect(download.suggestedFilename()).toBe(fileName)
  const csv = (await downloadedBytes(download)).toString('utf8')
  for (const name of demoFeatures) expect(csv).toContain(name)
  await expect(page.getByTestId('export-done')).toContainText(`Downloaded ${fileName}`)
  expect(pageProblems.messages).toEqual([])
})

test('the board deck, written in the worker thread, downloads as a PPTX zip', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'reports')
  await page.getByTestId('export-scenario').selectOption('price-increase')
  await page.getByTestId('export-month').selectOption({ label: 'Mar 2027' })
  await page.getByTestId('export-compare-openai-price-rise').check()
  await page.getByTestId('export-format-pptx').check()

  const download = await exportAndDownload(page)
  expect(download.suggestedFilename()).toMatch(/^helpdesk-ai-suite-.*-2027-03\.pptx$/)
  const bytes = await downloadedBytes(download)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  await expect(page.getByTestId('export-done')).toContainText('.pptx')
  expect(pageProblems.messages).toEqual([])
})

test.describe('a PDF printed by a Chromium that is slow to start', () => {
  // Printing then takes well over the second after which the progress bar shows, on any machine.
  test.use({ hostEnv: { MARGIN_CHROMIUM: slowChromium } })

  test('shows its progress, can be cancelled, and downloads when let run', async ({
    page,
    host,
    pageProblems,
  }) => {
    await openApp(page, host)
    await openView(page, 'reports')
    await page.getByTestId('export-format-pdf').check()

    await page.getByTestId('export-start').click()
    await expect(page.getByTestId('export-progress')).toBeVisible()
    await page.getByTestId('export-cancel').click()
    await expect(page.getByTestId('export-cancelled')).toBeVisible()
    await expect(page.getByTestId('export-progress')).toBeHidden()

    const download = await exportAndDownload(page)
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    expect((await downloadedBytes(download)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await expect(page.getByTestId('export-done')).toBeVisible()
    expect(pageProblems.messages).toEqual([])
  })
})

test('a request the service refuses says which field, and marks it', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'reports')
  // As a page gone stale would ask: for a scenario deleted since. The real service answers.
  await page.route('**/api/reports/start', async (route) => {
    const request = JSON.parse(route.request().postData() ?? '{}') as object
    await route.continue({ postData: JSON.stringify({ ...request, scenarioId: 'deleted' }) })
  })
  await page.getByTestId('export-format-csv').check()
  await page.getByTestId('export-start').click()

  await expect(page.getByTestId('export-error')).toContainText(
    "The export failed. Scenario: no scenario 'deleted' in this workspace",
  )
  await expect(page.getByTestId('export-scenario')).toHaveAttribute('aria-invalid', 'true')
  expect(pageProblems.messages).toEqual([])
})
