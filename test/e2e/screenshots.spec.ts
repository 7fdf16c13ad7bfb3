/**
 * Screenshots of every view and the main dialogs on the demo workspace, for people to review
 * (test-results/screenshots/). Nothing here compares pixels.
 */
import { openApp, openView, viewIds, type ViewId } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell } from './support/grid'
import { saveFullViewScreenshot, saveSectionScreenshot, waitForCharts } from './support/screens'

/** The demo draws every chart a view has; none of them may be missing from its screenshot. */
const chartsPerView: Record<ViewId, number> = {
  overview: 4,
  features: 0,
  models: 0,
  pricing: 0,
  scenarios: 2,
  selfhost: 2,
  reports: 0,
}

test('every view of the demo workspace', async ({ page, host }) => {
  await openApp(page, host)
  for (const view of viewIds) {
    const screen = await openView(page, view)
    expect(await waitForCharts(screen)).toBe(chartsPerView[view])
    await saveFullViewScreenshot(page, view)
  }
})

test('a feature detail, the scenario comparison, the tornado and goal seek', async ({
  page,
  host,
}) => {
  await openApp(page, host)

  // Analytics Q&A is below its floor and its second step splits calls across two models.
  await openView(page, 'features')
  await gridCell(page, 'grid-features', 'analytics-qa', 'name').click()
  const detail = page.getByTestId('feature-detail')
  await expect(detail.locator('h2')).toHaveText('Analytics Q&A')
  await gridCell(page, 'grid-steps', 'explain', 'name').click()
  await expect(detail).toContainText('Model mix · Explain')
  await saveFullViewScreenshot(page, 'feature-detail')

  const scenarios = await openView(page, 'scenarios')
  await page.getByTestId('compare-openai-price-rise').check()
  await page.getByTestId('compare-route-to-mini').check()
  await expect(page.getByTestId('compare-table').locator('thead th')).toHaveCount(4)
  await saveFullViewScreenshot(page, 'compare')

  // The tornado sits below the comparison in the same view: its own section shows it at full size.
  const sensitivity = scenarios.getByRole('region', { name: 'Sensitivity' })
  await expect(sensitivity.getByTestId('chart-tornado')).toBeVisible()
  await saveSectionScreenshot(sensitivity, 'tornado')

  await page.getByTestId('goal-seek-open').click()
  const dialog = page.getByTestId('goal-seek-dialog')
  await expect(dialog).toBeVisible()
  await page.getByTestId('goal-seek-run').click()
  await expect(page.getByTestId('goal-seek-answer')).toBeVisible()
  await saveFullViewScreenshot(page, 'goal-seek')
})
