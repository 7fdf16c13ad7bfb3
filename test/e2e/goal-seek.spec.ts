/**
 * Goal seek inside a scenario: its main button adds the answer as one of the scenario's
 * overrides and leaves the baseline alone; writing the answer to the baseline asks first, naming
 * the input, the value and the scenarios that inherit it.
 */
import type { Page } from '@playwright/test'
import { evaluateMonth } from '../../shared/engine/monthResult'
import { scenarioOverrides } from '../../shared/model/overrides'
import type { WorkspaceDoc } from '../../shared/model/types'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { focusCell } from './support/grid'
import { exportedDoc } from './support/workspace'

const PRICE = 'features/support-agent/pricePerUnit'
/** The demo's Support agent: $0.99 a resolution against a 60% floor. */
const BASELINE_PRICE = 0.99
const FLOOR = 60

function supportAgentMargin(doc: WorkspaceDoc, scenarioId: string | null): number | null {
  const result = evaluateMonth(doc, 0, scenarioOverrides(doc, scenarioId))
  return result.features.find((f) => f.id === 'support-agent')?.grossMarginPct ?? null
}

function priceOf(doc: WorkspaceDoc): number | undefined {
  return doc.features.find((f) => f.id === 'support-agent')?.pricePerUnit
}

/**
 * In "Route … to GPT-4o mini" (which leaves Support agent's price to the baseline), with Support
 * agent selected, opens goal seek and finds the price that puts it at its floor.
 */
async function seekSupportAgentPrice(page: Page) {
  await page.getByTestId('scenario-picker').selectOption('route-to-mini')
  await openView(page, 'features')
  await focusCell(page, 'grid-features', 'support-agent', 'name')
  await openView(page, 'scenarios')
  await page.getByTestId('goal-seek-open').click()
  const dialog = page.getByTestId('goal-seek-dialog')
  // The feature's own question comes first: its margin, at its floor, by its price.
  await expect(dialog.getByLabel('Target', { exact: true })).toHaveValue('features/support-agent')
  await expect(dialog.getByLabel('Input to change')).toHaveValue(PRICE)
  await expect(dialog.getByTestId('goal-seek-value')).toHaveValue(String(FLOOR))
  await dialog.getByTestId('goal-seek-run').click()
  await expect(dialog.getByTestId('goal-seek-answer')).toContainText('gives 60.0%')
  return dialog
}

test("in a scenario, goal seek's main button adds an override; the baseline stays", async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  expect(priceOf(before)).toBe(BASELINE_PRICE)

  const dialog = await seekSupportAgentPrice(page)
  const primary = dialog.locator('.modal-footer .button-primary')
  await expect(primary).toHaveText('Apply as override')
  await primary.click()
  await expect(dialog).toHaveCount(0)
  await waitForSaved(page)

  const after = await exportedDoc(host)
  expect(priceOf(after)).toBe(BASELINE_PRICE)
  expect(after.scenarios.filter((s) => s.id !== 'route-to-mini')).toEqual(
    before.scenarios.filter((s) => s.id !== 'route-to-mini'),
  )
  const routed = after.scenarios.find((s) => s.id === 'route-to-mini')
  const added = routed?.overrides.filter((o) => o.path === PRICE)
  expect(added).toHaveLength(1)
  expect(added?.[0]).toMatchObject({ op: 'set' })
  // The override does what was asked: the scenario's Support agent is at its floor.
  expect(supportAgentMargin(after, 'route-to-mini')).toBeCloseTo(FLOOR, 6)
  expect(supportAgentMargin(after, null)).toBeCloseTo(supportAgentMargin(before, null) ?? NaN, 9)
})

test('"Apply to baseline" asks first, naming the input, the value and the 2 scenarios it shifts', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  const dialog = await seekSupportAgentPrice(page)
  // "Routing, then $1.49 …" sets its own price: only the other two inherit the baseline's.
  await expect(dialog.getByTestId('goal-seek-shift')).toContainText(
    'applying to the baseline shifts 2 scenarios that inherit this value',
  )

  await dialog.getByTestId('goal-seek-apply-baseline').click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText(/Set Support agent price per resolution to \$\d+\.\d+/)
  await expect(confirm).toContainText('2 scenarios inherit it and will shift')
  await expect(confirm.getByRole('listitem')).toHaveText([
    'OpenAI raises prices 50%',
    'Route more drafts and agent turns to GPT-4o mini',
  ])
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  expect(await exportedDoc(host)).toEqual(before)

  await dialog.getByTestId('goal-seek-apply-baseline').click()
  await confirm.getByRole('button', { name: 'Apply to baseline' }).click()
  await expect(dialog).toHaveCount(0)
  await waitForSaved(page)
  const after = await exportedDoc(host)
  expect(after.scenarios).toEqual(before.scenarios)
  expect(priceOf(after)).not.toBe(BASELINE_PRICE)
  // Found in the scenario, which inherits the new baseline price: it is at its floor there.
  expect(supportAgentMargin(after, 'route-to-mini')).toBeCloseTo(FLOOR, 6)
})
