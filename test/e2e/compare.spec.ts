/**
 * Issue #8: the comparison a board can read (an as-of month, deltas against the baseline or each
 * scenario's parent, remembered per workspace) and what leaves the app from it: CSV, TSV on the
 * clipboard and chart images that say what they show.
 */
import type { Download, Locator, Page } from '@playwright/test'
import Papa from 'papaparse'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { comparisonTable, compareWithDeltas } from '../../shared/report/comparison'
import { tableToCsv, tableToTsv } from '../../shared/report/csv'
import { forecastTable } from '../../shared/report/resultTables'
import { compute } from '../../shared/engine'
import { openApp, openView, waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { downloadFrom } from './support/downloads'
import { typeIntoCell } from './support/grid'
import { waitForCharts } from './support/screens'
import { exportedDoc } from './support/workspace'

/** Routing to the smaller model, then price rises; the Team seat price only from month 6. */
const parent = 'route-to-mini'
const child = 'price-increase'
const routeName = 'Route more drafts and agent turns to GPT-4o mini'

/** The cell of a metric's row in the n-th scenario column (0: the baseline). */
function compareCell(page: Page, metric: string, column: number): Locator {
  return page
    .getByTestId('compare-table')
    .locator('tbody tr', { has: page.locator(`th:text-is("${metric}")`) })
    .locator('td')
    .nth(column)
}

async function downloadText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8')
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '')

const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text.trim(), { delimiter }).data

/** Saves the chart of card `card-<id>` with its camera button, once the chart is drawn. */
async function saveChartImage(page: Page, id: string): Promise<Download> {
  const card = page.getByTestId(`card-${id}`)
  await waitForCharts(card)
  await card.getByTestId(`chart-${id}`).hover()
  return downloadFrom(page, card.locator('.modebar-btn[data-title="Download chart as PNG"]'))
}

/**
 * Delimited text equal to what the shared helpers make from the engine in Node: the same cells,
 * numbers to a millionth (Chromium's V8 rounds some float sums a last bit differently).
 */
function expectSameCells(actual: string, expected: string, delimiter: string) {
  const want = parse(expected, delimiter)
  const got = parse(actual, delimiter)
  expect(got.map((row) => row.length)).toEqual(want.map((row) => row.length))
  got.forEach((row, r) =>
    row.forEach((cell, c) => {
      const wanted = want[r]?.[c] ?? ''
      const isNumber = cell !== '' && Number.isFinite(Number(cell))
      if (isNumber) expect(Number(cell)).toBeCloseTo(Number(wanted), 6)
      else expect(cell).toBe(wanted)
    }),
  )
}

async function chooseComparison(page: Page) {
  await openView(page, 'scenarios')
  await page.getByTestId(`compare-${parent}`).check()
  await page.getByTestId(`compare-${child}`).check()
}

test('an as-of month and parent deltas show a change from month 6; the choice survives a reload', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  await chooseComparison(page)
  const replyDrafting = compareCell(page, 'Reply drafting margin', 2).locator('.delta')

  await page.getByTestId('compare-delta-parent').check()
  await expect(page.getByTestId('compare-table').locator('thead th').nth(3)).toContainText(
    `Δ vs ${routeName}`,
  )
  // Month 5: only the resolution price differs from the parent, and drafting is not priced by it.
  await page.getByTestId('compare-month').selectOption({ label: 'May 2027' })
  await expect(replyDrafting).toHaveText('0.0 pts')
  await expect(replyDrafting).toHaveClass(/delta--same/)
  // Month 6: the Team seat price rise reaches every feature's revenue.
  await page.getByTestId('compare-month').selectOption({ label: 'Jun 2027' })
  await expect(replyDrafting).toHaveText('+2.0 pts')
  await expect(replyDrafting).toHaveClass(/delta--better/)
  // Lower COGS is good news: routing to the smaller model shows its saving in green.
  await page.getByTestId('compare-delta-baseline').check()
  await expect(compareCell(page, 'COGS', 1).locator('.delta')).toHaveClass(/delta--better/)

  await page.reload()
  await waitForWorkspace(page)
  await openView(page, 'scenarios')
  await expect(page.getByTestId(`compare-${parent}`)).toBeChecked()
  await expect(page.getByTestId(`compare-${child}`)).toBeChecked()
  await expect(page.getByTestId('compare-openai-price-rise')).not.toBeChecked()
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(4)
})

test('the comparison leaves as CSV, as TSV and as a titled chart image', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  await openApp(page, host)
  // A name a spreadsheet would run as a formula: the CSV must carry it as inert text.
  const formula = '=HYPERLINK("http://example.invalid","x")'
  await openView(page, 'features')
  await typeIntoCell(page, 'grid-features', 'reply-drafting', 'name', formula)
  await waitForSaved(page)
  const doc = await exportedDoc(host)

  await chooseComparison(page)
  await page.getByTestId('compare-delta-parent').check()
  await page.getByTestId('compare-month').selectOption({ label: 'Jun 2027' })
  const expected = comparisonTable(
    doc.features,
    compareWithDeltas(doc, [null, parent, child], 6, 'parent'),
  )

  const csvFile = await downloadFrom(page, page.getByTestId('compare-export-csv'))
  expect(csvFile.suggestedFilename()).toBe('helpdesk-ai-suite-baseline-2027-06-comparison.csv')
  const csv = withoutBom(await downloadText(csvFile))
  expectSameCells(csv, tableToCsv(expected), ',')
  const [header, ...rows] = parse(csv, ',')
  expect(header).toEqual([
    'Metric',
    'Unit',
    'Baseline',
    routeName,
    'Δ vs Baseline',
    'Routing, then $1.49 a resolution and Team at $59 from month 6',
    `Δ vs ${routeName}`,
  ])
  expect(rows.map((row) => row[0])).toContain('Revenue')
  expect(rows.map((row) => row[0])).toContain(`'${formula} margin`)
  expect(rows.every((row) => !/^[=+\-@]/.test(row[0] ?? ''))).toBe(true)

  await page.getByTestId('compare-export-copy').click()
  await expect(page.getByTestId('compare-export-status')).toHaveText(
    `Copied ${expected.rows.length} rows`,
  )
  const tsv = await page.evaluate(() => navigator.clipboard.readText())
  expectSameCells(tsv, tableToTsv(expected), '\t')

  const png = await saveChartImage(page, 'scenario-compare')
  expect(png.suggestedFilename()).toBe('helpdesk-ai-suite-baseline-2027-06-scenario-comparison.png')
  const bytes = await readFile(await png.path())
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  await png.saveAs(resolve(import.meta.dirname, '../../test-results/screenshots/saved-compare.png'))
})

test('the Overview forecast copies and downloads its months; its charts save titled images', async ({
  page,
  host,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  await openApp(page, host)
  const doc = await exportedDoc(host)
  const expected = forecastTable([
    { scenario: { id: null, name: 'Baseline' }, rows: compute(doc).forecast },
  ])

  await page.getByTestId('forecast-export-copy').click()
  await expect(page.getByTestId('forecast-export-status')).toHaveText(
    `Copied ${doc.horizonMonths} rows`,
  )
  const tsv = await page.evaluate(() => navigator.clipboard.readText())
  expectSameCells(tsv, tableToTsv(expected), '\t')

  const csvFile = await downloadFrom(page, page.getByTestId('forecast-export-csv'))
  expect(csvFile.suggestedFilename()).toBe('helpdesk-ai-suite-baseline-2026-12-forecast.csv')
  expectSameCells(withoutBom(await downloadText(csvFile)), tableToCsv(expected), ',')

  const png = await saveChartImage(page, 'feature-margin')
  expect(png.suggestedFilename()).toBe('helpdesk-ai-suite-baseline-2026-12-margin-by-feature.png')
  await png.saveAs(
    resolve(import.meta.dirname, '../../test-results/screenshots/saved-margin-by-feature.png'),
  )
})
