/**
 * The Models view's dated prices: a price change added with its real effective date is in force
 * from that day on and not before, in the prices, the date they apply from and the cost per 1,000
 * calls. Every expected figure is worked out by hand from the demo workspace's prices and tokens.
 *
 * Demo facts used: the forecast starts Dec 2026 and API prices fall 3% a year, so month t's prices
 * are list × 0.97^(t/12): ×1 in Dec 2026, ×0.97 exactly in Dec 2027. GPT-4o lists $2.50 input,
 * $10 output, $1.25 cache read from 2024-10-02. "Knowledge search (RAG) › Answer from passages"
 * sends 4,500 input and 350 output tokens a call, with no cached prefix and no batch share.
 */
import type { Page } from '@playwright/test'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { exportedDoc } from './support/workspace'

const MODEL = 'gpt-4o'
/** The demo's GPT-4o has two points (indexes 0 and 1); an added one is appended as index 2. */
const NEW_POINT = '2'

async function showMonth(page: Page, label: string): Promise<void> {
  await page.getByTestId('models-month').selectOption({ label })
  await expect(page.getByTestId('grid-models')).toContainText(`In force in ${label}`)
}

const modelCell = (page: Page, colId: string) => gridCell(page, 'grid-models', MODEL, colId)

async function addPriceChange(page: Page, date: string, input: string, output: string) {
  await page.getByTestId('price-change-open').click()
  const dialog = page.getByTestId('price-change-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('price-change-date').fill(date)
  await dialog.getByTestId('price-change-inputPerMTok').fill(input)
  await dialog.getByTestId('price-change-outputPerMTok').fill(output)
  await dialog.getByTestId('price-change-add').click()
  await expect(dialog).toBeHidden()
}

test('a dated price change is in force from its date on, and the costs follow', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  await openView(page, 'models')
  await page
    .getByTestId('models-call')
    .selectOption({ label: 'Knowledge search (RAG) › Answer from passages' })
  await expect(page.getByTestId('models-call-shape')).toContainText(
    '4,500 input + 350 output tokens a call',
  )
  await modelCell(page, 'name').click()

  // Before the change, Dec 2026 (×1): 4,500 × $2.50 + 350 × $10 = $14,750 per million calls,
  // i.e. $14.75 per 1,000 calls.
  await showMonth(page, 'Dec 2026')
  await expect(modelCell(page, 'inputNow')).toHaveText('$2.50')
  await expect(modelCell(page, 'costPer1k')).toHaveText('$14.75')

  // OpenAI cuts GPT-4o to $2 input and $8 output from 1 Dec 2027.
  await addPriceChange(page, '2027-12-01', '2', '8')
  await waitForSaved(page)
  await expect(gridCell(page, 'grid-prices', NEW_POINT, 'from')).toHaveText('2027-12-01')
  // Still Dec 2026 on screen: the change is scheduled, the 2024-10-02 point stays in force.
  await expect(gridCell(page, 'grid-prices', NEW_POINT, 'status')).toHaveText('Scheduled')
  await expect(gridCell(page, 'grid-prices', '1', 'status')).toContainText('In force')
  await expect(modelCell(page, 'costPer1k')).toHaveText('$14.75')

  const saved = (await exportedDoc(host)).models.find((model) => model.id === MODEL)
  // The new point starts as a copy of the one in force (cache read $1.25, 50% batch discount).
  expect(saved?.prices[2]).toEqual({
    from: '2027-12-01',
    inputPerMTok: 2,
    outputPerMTok: 8,
    cacheReadPerMTok: 1.25,
    batchDiscountPct: 50,
  })

  // Dec 2027, the change's first month (×0.97): input $2 × 0.97 = $1.94, output $8 × 0.97 =
  // $7.76, cache read $1.25 × 0.97 = $1.2125, cache write follows input ($1.94).
  // Per 1,000 calls: (4,500 × 1.94 + 350 × 7.76) / 1,000 = (8,730 + 2,716) / 1,000 = $11.446.
  await showMonth(page, 'Dec 2027')
  await expect(modelCell(page, 'priceFrom')).toHaveText('2027-12-01')
  await expect(modelCell(page, 'inputNow')).toHaveText('$1.94')
  await expect(modelCell(page, 'outputNow')).toHaveText('$7.76')
  await expect(modelCell(page, 'cacheReadNow')).toHaveText('$1.2125')
  await expect(modelCell(page, 'cacheWriteNow')).toHaveText('$1.94')
  await expect(modelCell(page, 'costPer1k')).toHaveText('$11.446')
  await expect(gridCell(page, 'grid-prices', NEW_POINT, 'status')).toContainText('In force')
  await expect(gridCell(page, 'grid-prices', '1', 'status')).toHaveText('Superseded')
  await expect(page.getByTestId('price-in-force')).toContainText('2027-12-01')

  // Nov 2027, the month before: the old point applies, at list × 0.97^(11/12).
  // 0.97^(11/12) = e^(11/12 × ln 0.97) = e^(−0.0279209) = 0.972465; $2.50 × 0.972465 = $2.4312
  // and per 1,000 calls 14.75 × 0.972465 = $14.3439.
  await showMonth(page, 'Nov 2027')
  await expect(modelCell(page, 'priceFrom')).toHaveText('2024-10-02')
  await expect(modelCell(page, 'inputNow')).toHaveText('$2.4312')
  await expect(modelCell(page, 'costPer1k')).toHaveText('$14.3439')
  await expect(gridCell(page, 'grid-prices', NEW_POINT, 'status')).toHaveText('Scheduled')

  // Saved: after a reload the change is still there and still in force in Dec 2027.
  await page.reload()
  await openView(page, 'models')
  await modelCell(page, 'name').click()
  await showMonth(page, 'Dec 2027')
  await expect(gridCell(page, 'grid-prices', NEW_POINT, 'from')).toHaveText('2027-12-01')
  await expect(modelCell(page, 'inputNow')).toHaveText('$1.94')
  expect(pageProblems.messages).toEqual([])
})

test('an effective date is checked in the dialog and in the grid; bad ones never write', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  await openView(page, 'models')
  await modelCell(page, 'name').click()
  const editsSent: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/edits/apply')) editsSent.push(request.postData() ?? '')
  })

  // The dialog proposes the first day of the month after the one on screen (Dec 2026).
  await page.getByTestId('price-change-open').click()
  const dialog = page.getByTestId('price-change-dialog')
  const date = dialog.getByTestId('price-change-date')
  await expect(date).toHaveValue('2027-01-01')
  // Its prices start as a copy of the point in force then (2024-10-02: $2.50 / $10 / $1.25).
  await expect(dialog.getByTestId('price-change-inputPerMTok')).toHaveValue('2.5')
  await expect(dialog.getByTestId('price-change-cacheReadPerMTok')).toHaveValue('1.25')

  await date.fill('2024-10-02')
  await dialog.getByTestId('price-change-add').click()
  await expect(dialog.getByTestId('price-change-error')).toHaveText(
    'Effective from: GPT-4o already has a price point from 2024-10-02; change that row instead',
  )
  await date.fill('2027-02-30')
  await dialog.getByTestId('price-change-add').click()
  await expect(dialog.getByTestId('price-change-error')).toContainText(
    "Effective from: expected a real date as YYYY-MM-DD (e.g. 2027-01-01), got '2027-02-30'",
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  // In the grid: a malformed date and another point's date are refused, naming the field.
  const error = page.getByTestId('edit-error')
  await typeIntoCell(page, 'grid-prices', '1', 'from', '2.10.2024')
  await expect(error).toContainText('Effective from: expected a real date as YYYY-MM-DD')
  await typeIntoCell(page, 'grid-prices', '1', 'from', '2024-05-13')
  await expect(error).toContainText(
    'Effective from: GPT-4o already has a price point from 2024-05-13',
  )
  await expect(gridCell(page, 'grid-prices', '1', 'from')).toHaveText('2024-10-02')
  expect(editsSent).toEqual([])

  // A good date is one edit, saved, and moves the point in force: from 2027-01-01 on, the
  // 2024-05-13 point ($5 input) is the latest on or before Dec 2026.
  await typeIntoCell(page, 'grid-prices', '1', 'from', '2027-01-01')
  await expect(error).toBeHidden()
  await waitForSaved(page)
  expect(editsSent).toHaveLength(1)
  await expect(gridCell(page, 'grid-prices', '0', 'status')).toContainText('In force')
  await expect(modelCell(page, 'inputNow')).toHaveText('$5.00')
  const saved = (await exportedDoc(host)).models.find((model) => model.id === MODEL)
  expect(saved?.prices.map((point) => point.from)).toEqual(['2024-05-13', '2027-01-01'])
})
