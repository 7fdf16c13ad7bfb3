/**
 * Opportunities (DESIGN.md §12): the levers the workspace suggests, ranked by the dollars the
 * engine gives them; a lever kept in the backlog with its status, owner, due date and notes
 * survives a reload; a lever made a scenario is active, shows its override, and undo takes it
 * back; with ranges, the risk estimate runs in the worker. Screenshots go to /tmp/shots.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { compute } from '../../shared/engine'
import type { Range, WorkspaceDoc } from '../../shared/model/types'
import { formatCell } from '../../shared/report/reportTable'
import { repoPath } from '../fixtures/paths'
import { callApi } from './api'
import { waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { layoutSizes } from './support/geometry'
import { focusCell, gridCell, pasteIntoFocusedCell, typeIntoCell } from './support/grid'
import { saveFullViewScreenshot } from './support/screens'
import { demoWorkspace, exportedDoc } from './support/workspace'
import type { RunningHost } from './webHost'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

/** All of the complex tickets' reasoning step moved from GPT-4o to GPT-4o mini. */
const ROUTE_LEVER = 'route:complex/loop:gpt-4o>gpt-4o-mini:100'
/** Its backlog item's id, read from the lever's. */
const ROUTE_ITEM = 'route-complex-loop-gpt-4o-gpt-4o-mini-100'
const ROUTE_TITLE =
  'Route 100% of Complex resolution · Multi-step reasoning from GPT-4o to GPT-4o mini'
const SHOTS = '/tmp/shots'
const QUARTER = [0, 1, 2]

/** `doc` opened in the page (as a file of the host's), on the Opportunities view with levers. */
async function openOpportunities(page: Page, host: RunningHost, doc: WorkspaceDoc, file: string) {
  const path = join(host.dataDir, `${file}.marginplan`)
  await callApi(host, 'workspace/importJson', { path, doc, overwrite: false })
  await page.goto(host.url)
  await waitForWorkspace(page)
  await page.getByTestId('nav-opportunities').click()
  await waitForLevers(page)
}

async function waitForLevers(page: Page) {
  await expect(page.getByTestId('levers-state')).toHaveAttribute('data-state', 'ready')
}

const leverRow = (page: Page, leverId: string) =>
  page.locator(`[data-testid="lever-row"][data-lever-id="${leverId}"]`)

/** Σ over the quarter of the scenario's gross profit − the baseline's, straight from compute. */
function engineGain(doc: WorkspaceDoc, scenarioId: string): number {
  let gain = 0
  for (const month of QUARTER) {
    const withLever = compute(doc, { scenarioId, month }).portfolio.grossProfit
    gain += withLever - compute(doc, { month }).portfolio.grossProfit
  }
  return gain
}

test('levers are ranked by dollars; a kept lever’s status, owner, due and notes persist', async ({
  page,
  host,
  pageProblems,
}) => {
  await openOpportunities(page, host, supportAgent, 'support-agent')
  const deltas = await page
    .getByTestId('lever-row')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-delta'))))
  expect(deltas.length).toBeGreaterThan(5)
  expect(deltas).toEqual([...deltas].sort((a, b) => b - a))

  const route = leverRow(page, ROUTE_LEVER)
  await expect(route).toContainText(ROUTE_TITLE)
  await expect(route.getByTestId('lever-quality-check')).toHaveText('Needs a quality check')
  await expect(page.getByTestId('risk-note').first()).toHaveText(
    'Add ranges in Uncertainty to see how each lever changes the risk',
  )

  await route.getByTestId('lever-keep').click()
  await expect(route.getByTestId('lever-in-backlog')).toHaveText('✓ In backlog')
  await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, 'title')).toHaveText(ROUTE_TITLE)
  await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, 'status')).toHaveText('Idea')

  await focusCell(page, 'grid-backlog', ROUTE_ITEM, 'status')
  await pasteIntoFocusedCell(page, 'Planned')
  await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, 'status')).toHaveText('Planned')
  await typeIntoCell(page, 'grid-backlog', ROUTE_ITEM, 'owner', 'Dana')
  await typeIntoCell(page, 'grid-backlog', ROUTE_ITEM, 'due', '2027-02-30')
  await expect(page.getByTestId('edit-error')).toContainText('expected a real date')
  await typeIntoCell(page, 'grid-backlog', ROUTE_ITEM, 'due', '2027-03-31')
  await typeIntoCell(page, 'grid-backlog', ROUTE_ITEM, 'notes', 'Check 200 complex tickets first')
  await typeIntoCell(page, 'grid-backlog', ROUTE_ITEM, 'oneOffCost', '$12,000')
  // $12,000 against over $300,000 a month: paid back within the first month.
  await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, 'payback')).toHaveText('1')
  // Planned now, its gain is the planned total.
  const routeGain = await gridCell(page, 'grid-backlog', ROUTE_ITEM, 'gain').textContent()
  await expect(
    page.getByTestId('grid-backlog').locator('.ag-row-pinned .ag-cell[col-id="gain"]'),
  ).toHaveText(routeGain ?? '')
  await waitForSaved(page)

  await page.reload()
  await waitForWorkspace(page)
  await expect(page.getByTestId('opportunities')).toBeVisible()
  const cells = { title: ROUTE_TITLE, status: 'Planned', owner: 'Dana', due: '2027-03-31' }
  for (const [column, text] of Object.entries(cells)) {
    await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, column)).toHaveText(text)
  }
  await expect(gridCell(page, 'grid-backlog', ROUTE_ITEM, 'notes')).toHaveText(
    'Check 200 complex tickets first',
  )
  const stored = (await exportedDoc(host)).backlog
  expect(stored).toEqual([
    {
      id: ROUTE_ITEM,
      title: ROUTE_TITLE,
      overrides: [{ path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set', value: 100 }],
      status: 'planned',
      owner: 'Dana',
      due: '2027-03-31',
      notes: 'Check 200 complex tickets first',
      leverId: ROUTE_LEVER,
      oneOffCost: 12000,
    },
  ])

  // Another scenario: the last figures stay, dimmed and said to be updating, until its own return.
  const backlog = page.getByTestId('backlog-state')
  const gain = gridCell(page, 'grid-backlog', ROUTE_ITEM, 'gain')
  await expect(backlog).toHaveAttribute('data-state', 'ready')
  await page.getByTestId('scenario-picker').selectOption('price-complex')
  await expect(backlog).toHaveAttribute('data-state', 'updating')
  await expect(backlog.locator('.grid-hint')).toContainText('Updating…')
  await expect(gain).toHaveCSS('opacity', '0.6')
  await expect(backlog).toHaveAttribute('data-state', 'ready')
  await expect(gain).toHaveCSS('opacity', '1')
  await expect(backlog.locator('.grid-hint')).not.toContainText('Updating…')
  await page.getByTestId('scenario-picker').selectOption('')
  await expect(backlog).toHaveAttribute('data-state', 'ready')

  // A blank item is a note until it takes a scenario's own overrides (one undo step); it goes,
  // and the kept one stays.
  await page.getByTestId('backlog-add').click()
  await expect(gridCell(page, 'grid-backlog', 'new-item', 'title')).toHaveText('New item')
  await expect(page.getByTestId('backlog-make-scenario')).toBeDisabled()
  await page.getByTestId('backlog-fill').selectOption('price-complex')
  await expect(page.getByTestId('backlog-make-scenario')).toBeEnabled()
  await expect(backlog).toHaveAttribute('data-state', 'ready')
  await expect(gridCell(page, 'grid-backlog', 'new-item', 'gain')).toHaveText(/^\+\$/)
  await waitForSaved(page)
  const priceComplex = supportAgent.scenarios.find((scenario) => scenario.id === 'price-complex')
  const newItem = (doc: WorkspaceDoc) => doc.backlog?.find((item) => item.id === 'new-item')
  expect(newItem(await exportedDoc(host))?.overrides).toEqual(priceComplex?.overrides)
  await page.getByTestId('undo').click()
  await expect(page.getByTestId('backlog-make-scenario')).toBeDisabled()
  await page.getByTestId('backlog-delete').click()
  await expect(gridCell(page, 'grid-backlog', 'new-item', 'title')).toHaveCount(0)
  await waitForSaved(page)
  expect((await exportedDoc(host)).backlog?.map((item) => item.id)).toEqual([ROUTE_ITEM])
  expect(pageProblems.messages).toEqual([])
})

test('a lever made a scenario is active, gains what the engine says, and undo removes it', async ({
  page,
  host,
  pageProblems,
}) => {
  await openOpportunities(page, host, supportAgent, 'support-agent')
  const route = leverRow(page, ROUTE_LEVER)
  const shownDelta = Number(await route.getAttribute('data-delta'))
  const shownText = await route.locator('.lever-gain').textContent()

  await route.getByTestId('lever-make-scenario').click()
  await expect(page.getByTestId('notice')).toContainText(
    `Scenario “${ROUTE_TITLE}” created from the lever`,
  )
  await waitForSaved(page)
  const doc = await exportedDoc(host)
  const made = doc.scenarios.find((scenario) => scenario.name === ROUTE_TITLE)
  expect(made).toBeDefined()
  expect(made?.parentId).toBeUndefined()
  await expect(page.getByTestId('scenario-picker')).toHaveValue(made?.id ?? '')

  const expected = engineGain(doc, made?.id ?? '')
  expect(shownDelta).toBeCloseTo(expected, 6)
  expect(shownText).toBe(formatCell('moneyDelta', expected))
  // Judged against the new scenario now, the route has nothing left to move: it is gone.
  await waitForLevers(page)
  await expect(leverRow(page, ROUTE_LEVER)).toHaveCount(0)

  await page.getByTestId('nav-scenarios').click()
  await expect(gridCell(page, 'grid-overrides', '0', 'path')).toHaveText(
    'features/complex/steps/loop/mix/gpt-4o-mini',
  )

  await page.getByTestId('undo').click()
  await waitForSaved(page)
  expect((await exportedDoc(host)).scenarios.some((s) => s.id === made?.id)).toBe(false)
  await expect(page.getByTestId('scenario-picker')).toHaveValue('')
  expect(pageProblems.messages).toEqual([])
})

test('with ranges, the risk estimate shows each top lever’s chance of missing the floor', async ({
  page,
  host,
}) => {
  const inputPrice: Range = {
    path: 'models/gpt-4o/prices/*/inputPerMTok',
    low: 2,
    likely: 3,
    high: 6,
    shape: 'pert',
  }
  await openOpportunities(page, host, { ...supportAgent, ranges: [inputPrice] }, 'ranged')
  await expect(page.getByTestId('risk-note')).toContainText('Not estimated yet')
  await page.getByTestId('risk-estimate').click()
  await page.getByTestId('risk-cancel').click()
  await expect(page.getByTestId('risk-note')).toContainText('Not estimated yet')
  await page.getByTestId('risk-estimate').click()
  await expect(page.getByTestId('risk-progress')).toBeVisible()
  await expect(page.getByTestId('risk-done')).toHaveText('Risk from 1,000 draws per lever')
  await expect(leverRow(page, ROUTE_LEVER).getByTestId('lever-risk')).toHaveText(
    /^\d+% → (<1|\d+)%$/,
  )
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/opportunities-risk-1440x900.png` })
})

test('screenshots of the Opportunities view', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true })
  const workspaces = [
    { name: 'demo', doc: demoWorkspace() },
    { name: 'support-agent', doc: supportAgent },
  ]
  for (const { name, doc } of workspaces) {
    await openOpportunities(page, host, doc, `shots-${name}`)
    const first = page.getByTestId('lever-row').first()
    await first.getByTestId('lever-keep').click()
    await expect(first.getByTestId('lever-in-backlog')).toBeVisible()
    for (const size of layoutSizes) {
      await page.setViewportSize(size)
      const stem = `opportunities-${name}-${size.width}x${size.height}`
      await page.screenshot({ path: `${SHOTS}/${stem}.png` })
      // The whole view too, the backlog below the fold included.
      await saveFullViewScreenshot(page, stem)
    }
  }
})
