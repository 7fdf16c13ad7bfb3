/**
 * Issue #11 in the page: a workspace with imported usage opens on the Actuals dashboard, whose
 * totals agree with `margin actuals report --json` over the same window; the tables and the window
 * switch; plan vs actual names its plan and says where the month lands. The workspace is built
 * with the CLI, as a person would from a Langfuse export.
 */
import { execFileSync } from 'node:child_process'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { ActualsReport } from '../../shared/actuals/analysis/report'
import { callApi } from './api'
import { openApp, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { waitForCharts } from './support/screens'

const repoRoot = resolve(import.meta.dirname, '../..')
const shots = '/tmp/shots'
let folder = ''
let workspace = ''

/** Runs the `margin` CLI (or a tsx script) from the repository root; returns its stdout. */
function run(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
}

const margin = (...args: string[]) => run(['electron/cli/main.ts', ...args])

test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'amp-e2e-actuals-'))
  const doc = join(folder, 'doc.json')
  const log = join(folder, 'log.csv')
  workspace = join(folder, 'actuals.marginplan')
  // Six weeks from Oct 1 at half a percent of the demo's volume: two months, the second cut short.
  run([
    'test/fixtures/actuals/writeLangfuseLog.ts',
    'resources/demo-workspace.json',
    '0.005',
    doc,
    log,
    '2026-10-01',
    '42',
    '300',
  ])
  margin('import', doc, '--out', workspace)
  // A row no feature claims, and a bill the price book disagrees with, for the page's notices.
  appendFileSync(
    log,
    [
      'x1,tx-1,GENERATION,2026-11-10 12:00:00.000000,answer,{},gpt-4o-mini,"{""input"":1000,""output"":100,""total"":1100}","{""total"":1.25}",1.25,smb-1,,Mystery bot,"[]"',
      'x2,tx-2,GENERATION,2026-11-10 12:00:00.000000,answer,{},gpt-4o-mini,"{""input"":1000,""output"":100,""total"":1100}","{""total"":3}",3,smb-1,,Knowledge search (RAG),"[""knowledge-search""]"',
      '',
    ].join('\n'),
  )
  // The log's customers are '<cohort>-<n>': a mapping puts each in its cohort.
  const mapping = join(folder, 'mapping.json')
  const cohorts = ['free-trials', 'smb', 'enterprise', 'heavy'].flatMap((id) =>
    [1, 2, 3, 4, 5].map((n) => ({ value: `${id}-${n}`, id })),
  )
  writeFileSync(mapping, JSON.stringify({ cohorts }))
  margin('actuals', 'import', workspace, log, '--format', 'langfuse', '--mapping', mapping)
  mkdirSync(shots, { recursive: true })
})

test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true })
})

/** What the CLI reports over the window the page shows, summed over features. */
function reportTotals(from: string, to: string) {
  const report = JSON.parse(
    margin('actuals', 'report', workspace, '--from', from, '--to', to, '--json'),
  ) as ActualsReport
  const sum = (pick: (feature: ActualsReport['features'][number]) => number | null) =>
    report.features.reduce((total, feature) => total + (pick(feature) ?? 0), 0)
  const cost = sum((feature) => feature.cost)
  const revenue = sum((feature) => feature.revenue)
  return {
    units: sum((feature) => feature.units),
    calls: sum((feature) => feature.calls),
    cost,
    revenue,
    grossMarginPct: ((revenue - cost) / revenue) * 100,
  }
}

async function kpi(page: Page, id: string): Promise<number> {
  return Number(await page.getByTestId(`actuals-kpi-${id}`).getAttribute('data-value'))
}

/** The KPI tiles against the CLI's report for the window on screen. */
async function expectKpisMatchReport(page: Page): Promise<void> {
  const window = page.getByTestId('actuals-window')
  const from = (await window.getAttribute('data-from')) ?? ''
  const to = (await window.getAttribute('data-to')) ?? ''
  const expected = reportTotals(from, to)
  expect(await kpi(page, 'units')).toBe(expected.units)
  expect(await kpi(page, 'calls')).toBe(expected.calls)
  expect(await kpi(page, 'cost')).toBeCloseTo(expected.cost, 6)
  expect(await kpi(page, 'revenue')).toBeCloseTo(expected.revenue, 6)
  expect(await kpi(page, 'margin')).toBeCloseTo(expected.grossMarginPct, 6)
}

async function openActuals(page: Page, host: Parameters<typeof callApi>[0]): Promise<void> {
  await openApp(page, host)
  await callApi(host, 'workspace/open', { path: workspace, access: 'edit' })
  await page.reload()
  await waitForWorkspace(page)
  await page.getByTestId('nav-actuals').click()
  await expect(page.getByTestId('actuals-dashboard')).toBeVisible()
}

/** The Actuals page as people see it, at a laptop's and a desktop's size, and whole. */
async function screenshots(page: Page, name: string): Promise<void> {
  const body = page.locator('.actuals-page')
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height })
    await waitForCharts(body)
    await page.screenshot({ path: join(shots, `${name}-${width}x${height}.png`) })
  }
  const overflow = await body.evaluate((element) => element.scrollHeight - element.clientHeight)
  await page.setViewportSize({ width: 1440, height: 900 + Math.max(0, overflow) })
  await waitForCharts(body)
  await page.screenshot({ path: join(shots, `${name}-full.png`) })
  await page.setViewportSize({ width: 1440, height: 900 })
}

test('the dashboard totals agree with the CLI report, and its tables and window switch', async ({
  page,
  host,
  pageProblems,
}) => {
  await openActuals(page, host)
  const window = page.getByTestId('actuals-window')
  // Eight weeks by default, ending on the last imported day: here all six weeks of it.
  await expect(window).toHaveAttribute('data-from', '2026-10-01')
  await expect(window).toHaveAttribute('data-to', '2026-11-11')
  await expect(page.getByTestId('revenue-source')).toHaveText(
    'Revenue: estimated from the plan (actual units × plan revenue per unit)',
  )
  await expectKpisMatchReport(page)
  await expect(page.getByTestId('actuals-kpi-margin')).toHaveClass(/kpi-tile--(green|yellow|red)/)
  await expect(page.getByTestId('actuals-unmatched')).toContainText(
    '1 row matched no feature ($1.25 of cost): it is counted in no feature',
  )
  await expect(page.getByTestId('price-gaps')).toContainText(
    'GPT-4o mini, Nov 10, 2026: The price book says $',
  )
  await expect(page.getByTestId('price-gaps')).toContainText('is a price point missing?')
  expect(await waitForCharts(page.getByTestId('actuals-dashboard'))).toBe(4)
  await screenshots(page, 'actuals-dashboard')

  // Tables: weekly by feature first; daily has a row per feature and day; customers by week only.
  const count = page.getByTestId('actuals-table-grid')
  const weekly = Number(await count.getAttribute('data-rows'))
  await page.getByTestId('actuals-table-day').check()
  await expect(count).not.toHaveAttribute('data-rows', String(weekly))
  await expect(page.locator('.actuals-tables .ag-row').first()).toBeVisible()
  await expect(page.locator('.actuals-tables .cell-estimated').first()).toBeVisible()
  await page.getByTestId('actuals-table-cohort').check()
  await expect(
    page.locator('.actuals-tables .ag-header-cell-text', { hasText: 'Cohort' }),
  ).toBeVisible()
  await page.getByTestId('actuals-table-customer').check()
  await expect(page.getByTestId('actuals-table-day')).toBeDisabled()
  await expect(page.getByTestId('actuals-table-week')).toBeChecked()

  // Four weeks: 28 days ending on the last imported day, and totals that follow.
  await page.getByTestId('actuals-window-4w').check()
  await expect(window).toHaveAttribute('data-from', '2026-10-15')
  await expect(page.getByTestId('actuals-dashboard')).toHaveAttribute('aria-busy', 'false')
  await expectKpisMatchReport(page)

  // A custom window of its own days (before the unmatched row's day: its notice goes).
  await page.getByTestId('actuals-window-custom').check()
  await page.getByTestId('actuals-window-from').fill('2026-10-05')
  await page.getByTestId('actuals-window-to').fill('2026-10-18')
  await expect(window).toHaveAttribute('data-from', '2026-10-05')
  await expect(window).toHaveAttribute('data-to', '2026-10-18')
  await expect(page.getByTestId('actuals-dashboard')).toHaveAttribute('aria-busy', 'false')
  await expectKpisMatchReport(page)
  await expect(page.getByTestId('actuals-unmatched')).toHaveCount(0)

  // Back to the window with the unmatched row: its notice leads to the Imports tab.
  await page.getByTestId('actuals-window-8w').check()
  await page.getByTestId('actuals-unmatched').getByRole('button').click()
  await expect(page.getByTestId('actuals-tab-imports')).toHaveAttribute('aria-selected', 'true')

  expect(pageProblems.messages).toEqual([])
})

test('plan vs actual names its plan and projects the month', async ({
  page,
  host,
  pageProblems,
}) => {
  await openActuals(page, host)
  await page.getByTestId('actuals-tab-plan').click()
  const plan = page.getByTestId('actuals-plan')
  await expect(plan).toBeVisible()
  await expect(page.getByTestId('plan-scenario')).toContainText('the baseline')
  await expect(page.getByTestId('revenue-source')).toContainText('Revenue: estimated')
  // November is the latest month, eleven days in.
  await expect(page.getByTestId('plan-as-of')).toHaveText('as of Nov 11, 2026, day 11 of 30')
  await expect(page.getByTestId('plan-summary')).toContainText('At this rate the month costs $')
  await expect(page.getByTestId('plan-row-portfolio')).toBeVisible()
  expect(await waitForCharts(plan)).toBe(1)
  await screenshots(page, 'actuals-plan')

  await page.getByTestId('plan-row-support-agent').click()
  await expect(page.getByTestId('plan-summary')).toContainText('Support agent')
  await page.getByTestId('plan-month-2026-10').check()
  await expect(page.getByTestId('plan-as-of')).toHaveText('complete (31 days)')
  await expect(page.getByTestId('plan-summary')).toContainText('The month cost $')

  // Another scenario is another plan: the page says which.
  await page.getByTestId('scenario-picker').selectOption('route-to-mini')
  await expect(page.getByTestId('plan-scenario')).not.toContainText('the baseline')
  await expect(plan).toHaveAttribute('aria-busy', 'false')
  expect(pageProblems.messages).toEqual([])
})

test('without imported usage, the dashboard says what it is for and leads to Imports', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  await page.getByTestId('nav-actuals').click()
  await expect(page.getByTestId('actuals-empty')).toContainText('No actuals yet')
  await page.getByTestId('actuals-empty-imports').click()
  await expect(page.getByTestId('actuals-tab-imports')).toHaveAttribute('aria-selected', 'true')
})
