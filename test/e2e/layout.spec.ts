/**
 * Layout defects a first user hit (issue #10), checked by geometry at a laptop's and a desktop's
 * size, each with a screenshot in test-results/screenshots/ for people to look at.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { callApi } from './api'
import { openApp, openView, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { boxOf, inside, layoutSizes, overlaps, textFit, textsOutsideSvg } from './support/geometry'
import { gridCell } from './support/grid'
import { saveFullViewScreenshot, saveSectionScreenshot, waitForCharts } from './support/screens'
import { applyOutside } from './support/workspace'
import type { RunningHost } from './webHost'

const longScenario = {
  id: 'price-increase',
  name: 'Routing, then $1.49 a resolution and Team at $59 from month 6',
}
const longWorkspaceName = 'Helpdesk AI suite — FY2027 board plan with the enterprise tier repriced'

async function renameWorkspace(host: RunningHost, name: string): Promise<void> {
  await applyOutside(host, 'Rename', [{ op: 'set', path: 'workspace/name', value: name }])
}

const fourthScenario = {
  id: 'enterprise-discount',
  name: 'Enterprise accounts get 20% off for a two-year commitment from month 3',
}

async function addScenario(host: RunningHost, scenario: { id: string; name: string }) {
  await applyOutside(host, 'Add scenario', [
    { op: 'insert', path: 'scenarios', value: { ...scenario, overrides: [] } },
  ])
}

async function chooseScenario(page: Page, id: string): Promise<void> {
  await page.getByTestId('scenario-picker').selectOption(id)
  await expect(page.getByTestId('scenario-picker')).toHaveValue(id)
}

for (const size of layoutSizes) {
  const at = `${size.width}x${size.height}`

  test.describe(`at ${at}`, () => {
    test.use({ viewport: size })

    test('long scenario and workspace names read whole or end in “…” with a tooltip', async ({
      page,
      host,
    }) => {
      await renameWorkspace(host, longWorkspaceName)
      await openApp(page, host)
      await chooseScenario(page, longScenario.id)
      await openView(page, 'scenarios')

      // The active scenario's name wraps inside its row; its mark no longer pushes it out.
      const active = gridCell(page, 'grid-scenarios', longScenario.id, 'name')
      await expect(active).toHaveClass(/cell-active-scenario/)
      await expect(active).toContainText(longScenario.name)
      expect(await textFit(active)).toBe('whole')
      expect(inside(await boxOf(active), await boxOf(active.locator('xpath=..')))).toBe(true)

      // The top bar: the picker ends the name in "…" and names it whole in its tooltip.
      const picker = page.getByTestId('scenario-picker')
      expect(await picker.evaluate((select) => getComputedStyle(select).textOverflow)).toBe(
        'ellipsis',
      )
      expect(await picker.getAttribute('title')).toContain(longScenario.name)
      const workspaceName = page.getByTestId('workspace-name')
      await expect(workspaceName).toHaveText(longWorkspaceName)
      expect(await textFit(workspaceName)).not.toBe('clipped')
      expect(await page.locator('.workspace-name').getAttribute('title')).toContain(
        longWorkspaceName,
      )
      // The file's name gives way first, but keeps a few letters and its own "…".
      const fileName = page.locator('.topbar .file-name')
      await expect(fileName).toBeVisible()
      expect(await textFit(fileName)).not.toBe('clipped')
      // Nothing in the bar is pushed out of it.
      const topbar = page.locator('.topbar')
      expect(await topbar.evaluate((bar) => bar.scrollWidth <= bar.clientWidth)).toBe(true)

      await saveFullViewScreenshot(page, `layout-long-names-${at}`)
    })

    test('the Customers chart draws its axis titles whole', async ({ page, host }) => {
      await openApp(page, host)
      const card = page.getByTestId('card-customer-scatter')
      const chart = card.getByTestId('chart-customer-scatter')
      await waitForCharts(card)
      expect(await textsOutsideSvg(chart)).toEqual([])
      // The two-line x title sits under the tick labels, not on them.
      const title = await boxOf(chart.locator('.g-xtitle'))
      for (const tick of await chart.locator('.xtick text').all()) {
        expect(overlaps(title, await boxOf(tick))).toBe(false)
      }
      await saveSectionScreenshot(card, `layout-customers-${at}`)
    })

    test('with four scenarios the forecast legend stays clear of the panel titles', async ({
      page,
      host,
    }) => {
      // The demo's three and a fourth, all with long names: the legend wraps onto rows.
      await addScenario(host, fourthScenario)
      await openApp(page, host)
      await openView(page, 'scenarios')
      for (const id of ['openai-price-rise', 'route-to-mini', longScenario.id, fourthScenario.id]) {
        await page.getByTestId(`compare-${id}`).check()
      }
      await openView(page, 'overview')
      const card = page.getByTestId('card-forecast')
      const chart = card.getByTestId('chart-forecast')
      await waitForCharts(card)
      // The baseline, four scenarios and the floor.
      await expect(chart.locator('.legend .traces')).toHaveCount(6)
      const legend = await boxOf(chart.locator('.legend'))
      const titles = chart.locator('.annotation')
      await expect(titles).toHaveCount(2)
      for (const title of await titles.all()) {
        expect(overlaps(legend, await boxOf(title))).toBe(false)
      }
      expect(await textsOutsideSvg(chart)).toEqual([])
      // The margin panel keeps room to read its lines under the taller legend.
      const marginPanel = await boxOf(chart.locator('.draglayer .xy .nsewdrag'))
      expect(marginPanel.bottom - marginPanel.top).toBeGreaterThan(120)
      await saveSectionScreenshot(card, `layout-forecast-four-scenarios-${at}`)
    })

    test('a blank workspace says what the forecast needs instead of drawing an axis', async ({
      page,
      host,
    }) => {
      const blank = join(host.dataDir, 'blank.marginplan')
      await callApi(host, 'workspace/create', { path: blank, template: 'blank', overwrite: false })
      await page.goto(host.url)
      await waitForWorkspace(page)
      const forecast = page.getByTestId('card-forecast').getByTestId('chart-forecast')
      await expect(forecast).toHaveAttribute('role', 'status')
      await expect(forecast).toHaveText(/add a plan and a cohort/)
      await expect(forecast.locator('svg')).toHaveCount(0)
      // Nor does it call a workspace with nothing in it "all clear".
      await expect(page.getByTestId('attention-empty')).toHaveText(/^Nothing to check yet/)
      await saveFullViewScreenshot(page, `layout-blank-overview-${at}`)
    })

    test('the self-host chart marks the month its card names, in the same words', async ({
      page,
      host,
    }) => {
      await openApp(page, host)
      const view = await openView(page, 'selfhost')
      const card = page.getByTestId('selfhost-kpi-crossover')
      const label = await card.locator('.kpi-tile__label').innerText()
      const month = await card.locator('.kpi-tile__value').innerText()
      const chart = page.getByTestId('chart-selfhost-monthly')
      await waitForCharts(view)
      await expect(chart.locator('.annotation').first()).toHaveText(`${label} ${month}`)
      // Its shaded months are in the legend; every label stays on the chart.
      await expect(chart.locator('.legend')).toContainText('Self-host cheaper')
      expect(await textsOutsideSvg(chart)).toEqual([])
      await saveFullViewScreenshot(page, `layout-selfhost-${at}`)
    })
  })
}
