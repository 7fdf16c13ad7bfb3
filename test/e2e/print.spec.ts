import type { Page } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { openApp, openView } from './support/app'
import { expect, test } from './support/fixtures'
import { waitForCharts } from './support/screens'
import { demoWorkspace } from './support/workspace'

const demo = demoWorkspace()

/** Pages in a PDF that Chromium wrote: one page object each. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0
}

/** Boxes whose content is taller or wider than they are, cut off: what a printout would lose. */
async function clippedBoxes(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const style = getComputedStyle(element)
      const clips = style.overflowY !== 'visible' || style.overflowX !== 'visible'
      const cut =
        element.scrollHeight > element.clientHeight + 1 ||
        element.scrollWidth > element.clientWidth + 1
      return clips && cut ? [String(element.className)] : []
    }),
  )
}

async function expectPrintFrame(page: Page): Promise<void> {
  for (const chrome of ['.nav', '.topbar', '.statusbar']) {
    await expect(page.locator(chrome)).toBeHidden()
  }
  const header = page.getByTestId('print-header')
  await expect(header).toBeVisible()
  await expect(header).toContainText(demo.name)
  await expect(header).toContainText('Scenario: Baseline')
  await expect(header).toContainText(/Printed \w{3} \d{1,2}, \d{4}/)
}

test('the print header is for paper only', async ({ page, host }) => {
  await openApp(page, host)
  await expect(page.getByTestId('print-header')).toBeHidden()
  await expect(page.locator('.topbar')).toBeVisible()
})

test('the Overview prints without the app frame, every chart on paper', async ({
  page,
  host,
}, testInfo) => {
  await openApp(page, host)
  const charts = await waitForCharts(page.getByTestId('view-overview'))
  await page.emulateMedia({ media: 'print' })

  await expectPrintFrame(page)
  await expect(page.locator('.chart-card__actions').first()).toBeHidden()
  expect(await clippedBoxes(page, '#root, .app, .main, .view, .overview')).toEqual([])
  // The page grows to the content: the last chart ends inside the document, not in a scroller.
  const lastChart = page.locator('[data-testid^="chart-"][role="img"]').nth(charts - 1)
  const bottom = await lastChart.evaluate((element) => element.getBoundingClientRect().bottom)
  const documentHeight = await page.evaluate(() => document.documentElement.scrollHeight)
  expect(bottom).toBeLessThanOrEqual(documentHeight)
  expect(documentHeight).toBeGreaterThan(page.viewportSize()?.height ?? 0)

  const pdf = await page.pdf({ format: 'Letter', landscape: true, printBackground: true })
  writeFileSync(testInfo.outputPath('overview.pdf'), pdf)
  expect(pageCount(pdf)).toBeGreaterThan(1)
})

test('the Features view prints its grids whole, not the panes they scroll in', async ({
  page,
  host,
}, testInfo) => {
  await openApp(page, host)
  const screen = await openView(page, 'features')
  await page.emulateMedia({ media: 'print' })

  await expectPrintFrame(page)
  await expect(screen.locator('.grid-toolbar button').first()).toBeHidden()
  expect(
    await clippedBoxes(
      page,
      '.view, .split-pane, .panel, .grid-body, .ag-root-wrapper, .ag-root, .ag-grid-viewport',
    ),
  ).toEqual([])
  for (const feature of demo.features) {
    await expect(screen.locator(`.ag-row[row-id="${feature.id}"]`).first()).toBeVisible()
  }

  const pdf = await page.pdf({ format: 'Letter', landscape: true, printBackground: true })
  writeFileSync(testInfo.outputPath('features.pdf'), pdf)
  expect(pageCount(pdf)).toBeGreaterThan(0)
})

test('Ctrl+P prints every column of a grid, not only those on screen', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openApp(page, host)
  const screen = await openView(page, 'features')
  const headers = screen.getByTestId('grid-features').locator('.ag-header-cell')
  const onScreen = await headers.count()
  // Stands in for the print dialog: counts the columns drawn at the moment the page is printed.
  await page.evaluate(() => {
    window.print = () => {
      const drawn = document.querySelectorAll('[data-testid="grid-features"] .ag-header-cell')
      document.body.dataset.printedColumns = String(drawn.length)
    }
  })

  await page.keyboard.press('Control+p')

  await expect(page.locator('body[data-printed-columns]')).toBeAttached()
  const printed = Number(await page.locator('body').getAttribute('data-printed-columns'))
  expect(printed).toBeGreaterThan(onScreen)
  await expect(headers).toHaveCount(onScreen)
})
