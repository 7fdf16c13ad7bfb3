/** Waiting for Plotly charts to draw, and screenshots of a whole view for people to review. */
import { expect, type Locator, type Page } from '@playwright/test'
import { resolve } from 'node:path'

const screenshotDir = resolve(import.meta.dirname, '../../../test-results/screenshots')

/** Resolves after the browser has painted twice: layout and chart resizes have settled. */
export async function nextPaints(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  )
}

/** A drawn or drawing chart (empty charts say so in a `role="status"` note instead). */
const chartSelector = '[data-testid^="chart-"][role="img"]'

/** Waits until every Plotly chart inside `scope` has drawn its SVG; returns how many there are. */
export async function waitForCharts(scope: Locator): Promise<number> {
  const charts = scope.locator(chartSelector)
  await expect
    .poll(() =>
      charts.evaluateAll((elements) =>
        elements.every((element) => element.querySelector('.main-svg') !== null),
      ),
    )
    .toBe(true)
  await nextPaints(scope.page())
  return charts.count()
}

/**
 * Saves test-results/screenshots/<name>.png of the whole app with the active view unscrolled:
 * views scroll inside the window, so the window grows to the view's full height for the shot.
 */
export async function saveFullViewScreenshot(page: Page, name: string): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 }
  const view = page.locator('main.view')
  const overflow = await view.evaluate((element) => element.scrollHeight - element.clientHeight)
  if (overflow > 0) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height + overflow })
  }
  await waitForCharts(view)
  const path = resolve(screenshotDir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  if (overflow > 0) await page.setViewportSize(viewport)
  return path
}

/** Saves test-results/screenshots/<name>.png of one part of the page, e.g. a chart's section. */
export async function saveSectionScreenshot(section: Locator, name: string): Promise<string> {
  await waitForCharts(section)
  const path = resolve(screenshotDir, `${name}.png`)
  await section.screenshot({ path })
  return path
}
