/**
 * Issue #9, item 5: the fire drill. One action creates "provider X raises prices by N% from month
 * M" as a scenario, makes it active and opens the Overview, which lists the features that cross
 * their floor under it — figures from the engine. Undo takes the whole drill back; a reload keeps it.
 */
import type { Page } from '@playwright/test'
import { compute, evaluateMonth } from '../../shared/engine'
import type { FeatureResult } from '../../shared/engine/results'
import { fireDrillScenario, type FireDrillInput } from '../../shared/model/fireDrill'
import { scenarioOverrides } from '../../shared/model/overrides'
import type { WorkspaceDoc } from '../../shared/model/types'
import { openApp, openView, waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { exportedDoc } from './support/workspace'

/** Doubles Claude's prices from the first month: the support agent falls below its 60% floor. */
const anthropicDoubles: FireDrillInput = { provider: 'anthropic', raisePct: 100, fromMonth: 0 }
const anthropicId = 'anthropic-raises-prices-100-from-dec-2026'
const anthropicName = 'anthropic raises prices 100% from Dec 2026'

/** Doubles OpenAI's prices from Jun 2027 (month 6): nothing moves in the month the Overview shows. */
const openaiLater: FireDrillInput = { provider: 'openai', raisePct: 100, fromMonth: 6 }
const openaiLaterId = 'openai-raises-prices-100-from-jun-2027'

function crossingRow(page: Page, featureId: string) {
  return page
    .getByTestId('card-floor-crossings')
    .locator(`[data-testid="floor-crossing"][data-feature-id="${featureId}"]`)
}

async function runFireDrill(page: Page, input: { provider: string; raise: string; month: number }) {
  await openView(page, 'scenarios')
  await page.getByTestId('scenario-fire-drill').click()
  await expect(page.getByTestId('fire-drill-dialog')).toBeVisible()
  await page.getByTestId('fire-drill-provider').selectOption(input.provider)
  await page.getByTestId('fire-drill-raise').fill(input.raise)
  await page.getByTestId('fire-drill-month').selectOption(String(input.month))
  await page.getByTestId('fire-drill-run').click()
}

/** Features at or above their floor under the baseline and below it under the scenario. */
function crossing(baseline: readonly FeatureResult[], scenario: readonly FeatureResult[]) {
  return baseline
    .filter((before) => {
      const after = scenario.find((f) => f.id === before.id)
      return (
        before.grossMarginPct !== null &&
        before.grossMarginPct >= before.floorPct &&
        after?.grossMarginPct != null &&
        after.grossMarginPct < after.floorPct
      )
    })
    .map((feature) => feature.id)
}

/** What the engine says crosses in month 0 and in the horizon's last month. */
function engineCrossings(doc: WorkspaceDoc, scenarioId: string) {
  const last = doc.horizonMonths - 1
  const overrides = scenarioOverrides(doc, scenarioId)
  return {
    shown: crossing(compute(doc).features, compute(doc, { scenarioId }).features),
    end: crossing(evaluateMonth(doc, last).features, evaluateMonth(doc, last, overrides).features),
  }
}

test('a fire drill lists the features crossing their floor, and undo takes it back', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  await openView(page, 'scenarios')
  await page.getByTestId('scenario-fire-drill').click()
  const dialog = page.getByTestId('fire-drill-dialog')
  await expect(page.getByTestId('fire-drill-provider').locator('option')).toHaveText([
    'openai',
    'anthropic',
  ])

  // A rise that is no rise, and one that is a typo, are refused in place with the field's name.
  await page.getByTestId('fire-drill-raise').fill('0')
  await page.getByTestId('fire-drill-run').click()
  await expect(dialog.getByRole('alert')).toHaveText('Price rise: enter a percent above 0')
  await page.getByTestId('fire-drill-raise').fill('5000')
  await page.getByTestId('fire-drill-run').click()
  await expect(dialog.getByRole('alert')).toHaveText('Price rise: at most 1000%')
  await page.getByTestId('fire-drill-raise').fill('abc')
  await page.getByTestId('fire-drill-run').click()
  await expect(dialog.getByRole('alert')).toContainText('Price rise:')
  await expect(page.getByTestId('undo')).toBeDisabled()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)

  await runFireDrill(page, { provider: 'anthropic', raise: '100', month: 0 })
  await expect(page.getByTestId('view-overview')).toBeVisible()
  await expect(page.getByTestId('scenario-picker')).toHaveValue(anthropicId)
  await waitForSaved(page)

  const drilled = await exportedDoc(host)
  expect(drilled.scenarios).toEqual([
    ...before.scenarios,
    fireDrillScenario(before, anthropicDoubles),
  ])
  const expected = engineCrossings(drilled, anthropicId)
  expect(expected.shown).toContain('support-agent')

  const panel = page.getByTestId('card-floor-crossings')
  await expect(panel).toContainText(`Features crossing their floor under “${anthropicName}”`)
  const rows = panel.getByTestId('floor-crossing')
  await expect(rows).toHaveCount(new Set([...expected.shown, ...expected.end]).size)
  const baseline = compute(drilled).features
  const scenario = compute(drilled, { scenarioId: anthropicId }).features
  for (const id of expected.shown) {
    const cell = crossingRow(page, id).getByTestId('floor-crossing-cell')
    await expect(cell.first()).toHaveAttribute('data-crosses', 'true')
    const shownBefore = baseline.find((f) => f.id === id)?.grossMarginPct
    const shownAfter = scenario.find((f) => f.id === id)?.grossMarginPct
    await expect(cell.first()).toHaveAttribute('data-baseline', String(shownBefore))
    await expect(cell.first()).toHaveAttribute('data-scenario', String(shownAfter))
  }
  const supportRow = crossingRow(page, 'support-agent')
  await expect(supportRow).toContainText('Support agent')
  await expect(supportRow).toContainText('60%')

  await page.getByTestId('undo').click()
  await expect(page.getByTestId('scenario-picker')).toHaveValue('')
  await expect(
    page.getByTestId('scenario-picker').locator(`option[value="${anthropicId}"]`),
  ).toHaveCount(0)
  await expect(panel).toHaveCount(0)
  await waitForSaved(page)
  expect((await exportedDoc(host)).scenarios).toEqual(before.scenarios)
  expect(pageProblems.messages).toEqual([])
})

test('a drill from a later month shows at the horizon and survives a reload', async ({
  page,
  host,
  pageProblems,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  await expect(page.getByTestId('card-floor-crossings')).toHaveCount(0)
  await runFireDrill(page, { provider: 'openai', raise: '100', month: 6 })
  await expect(page.getByTestId('scenario-picker')).toHaveValue(openaiLaterId)
  await waitForSaved(page)

  const drilled = await exportedDoc(host)
  expect(drilled.scenarios).toEqual([...before.scenarios, fireDrillScenario(before, openaiLater)])
  const expected = engineCrossings(drilled, openaiLaterId)
  expect(expected.shown).toEqual([])
  expect(expected.end).toContain('reply-drafting')

  await page.reload()
  await waitForWorkspace(page)
  await page.getByTestId('scenario-picker').selectOption(openaiLaterId)
  const panel = page.getByTestId('card-floor-crossings')
  await expect(panel.getByRole('columnheader')).toContainText(['Dec 2026', 'Nov 2028'])
  const rows = panel.getByTestId('floor-crossing')
  await expect(rows).toHaveCount(expected.end.length)
  const reply = crossingRow(page, 'reply-drafting')
  await expect(reply.getByTestId('floor-crossing-cell')).toHaveCount(2)
  await expect(reply.getByTestId('floor-crossing-cell').nth(0)).toHaveAttribute(
    'data-crosses',
    'false',
  )
  await expect(reply.getByTestId('floor-crossing-cell').nth(1)).toHaveAttribute(
    'data-crosses',
    'true',
  )

  // A scenario that takes no feature below its floor says so in one line.
  await page.getByTestId('scenario-picker').selectOption('route-to-mini')
  await expect(panel.getByTestId('floor-crossings-none')).toHaveText(
    /No feature crosses its floor in Dec 2026 or Nov 2028/,
  )
  expect(pageProblems.messages).toEqual([])
})
