/**
 * The Uncertainty view's Monte Carlo run (DESIGN.md §11): the app's result is the CLI's, byte for
 * byte; Cancel stops a long run and leaves nothing behind; the window never stalls while it runs.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import type { WorkspaceDoc } from '../../shared/model/types'
import { downloadFrom } from './support/downloads'
import type { RunningHost } from './webHost'
import { expect, test } from './support/fixtures'
import {
  lastRunSpan,
  longTasksSinceWatch,
  overlaps,
  settleIdle,
  watchLongTasks,
} from './support/longTasks'
import { openRangedDemo, rangedDemo } from './support/rangedDemo'
import { applyOutside } from './support/workspace'

/**
 * Playwright's trace snapshots run on the page's main thread and would count as the app's long
 * tasks: no traces here.
 */
test.use({ trace: 'off' })

const repoRoot = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)

/** `margin simulate <file> … --json` as a person runs it from the repository. */
async function cliSimulateJson(file: string, draws: number, seed: number): Promise<string> {
  const args = ['simulate', file, '--draws', String(draws), '--seed', String(seed), '--json']
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', ...args],
    { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
  )
  return stdout
}

/** Opens Uncertainty and waits until Plotly, loaded while the view idles, is parsed. */
async function openSimulation(page: Page): Promise<void> {
  const plotly = page.waitForResponse(/\/plotly-[^/]*\.js$/)
  await page.getByTestId('nav-uncertainty').click()
  await expect(page.getByTestId('simulation-section')).toBeVisible()
  await plotly
  await settleIdle(page)
}

async function startRun(page: Page, draws: string, seed: string): Promise<void> {
  await page.getByTestId('simulation-draws').fill(draws)
  await page.getByTestId('simulation-seed').fill(seed)
  await page.getByTestId('simulation-run').click()
}

/** The run is over and its charts are drawn. */
async function waitForResults(page: Page): Promise<void> {
  const results = page.getByTestId('simulation-results')
  await expect(results).toBeVisible({ timeout: 90_000 })
  for (const chart of ['sim-chart-fan', 'sim-chart-histogram', 'sim-chart-drivers']) {
    await expect(results.getByTestId(chart).locator('.main-svg').first()).toBeVisible()
  }
}

/**
 * Runs 5,000 draws from seed 42 of the workspace `doc` in the app, saves the result, and answers
 * it with what the CLI prints for the same file.
 */
async function appAndCli(page: Page, host: RunningHost, doc: WorkspaceDoc) {
  const file = await openRangedDemo(page, host, doc)
  await openSimulation(page)
  await expect(page.getByTestId('simulation-scenario')).toContainText('Baseline')

  await startRun(page, '5,000', '42')
  await expect(page.getByTestId('simulation-progress-text')).toContainText('of 5,000 draws')
  await waitForResults(page)
  await expect(page.getByTestId('simulation-timing')).toHaveText(
    /^5,000 draws in \d+\.\d+ s · [\d,]+ draws\/s$/,
  )
  const download = await downloadFrom(page, page.getByTestId('simulation-download'))
  return {
    app: readFileSync(await download.path(), 'utf8'),
    cli: await cliSimulateJson(file, 5000, 42),
  }
}

test('a run in the app saves what `margin simulate --json` prints, byte for byte', async ({
  page,
  host,
  pageProblems,
}) => {
  test.setTimeout(180_000)
  // PERT and lognormal draws, a price decline and cohort growth: exp, ln and pow, which the app's
  // Chromium and the CLI's Node compute alike only through shared/portableMath.ts.
  const { app, cli } = await appAndCli(page, host, rangedDemo())
  expect(app).toBe(cli)
  expect(pageProblems.messages).toEqual([])
})

test('Cancel stops a 100,000-draw run: no result, and Run is back', async ({
  page,
  host,
  pageProblems,
}) => {
  await openRangedDemo(page, host)
  await openSimulation(page)
  await startRun(page, '100000', '1')
  const progressText = page.getByTestId('simulation-progress-text')
  await expect(progressText).toHaveText(/^[1-9][\d,]* of 100,000 draws$/)

  await page.getByTestId('simulation-cancel').click()
  await expect(page.getByTestId('simulation-progress')).toBeHidden()
  await expect(page.getByTestId('simulation-run')).toBeEnabled()
  await expect(page.getByTestId('simulation-results')).toHaveCount(0)
  // The worker is gone: the next run's answer is the only one that ever arrives.
  await startRun(page, '1,000', '1')
  await waitForResults(page)
  await expect(page.getByTestId('simulation-timing')).toHaveText(/^1,000 draws in /)
  expect(pageProblems.messages).toEqual([])
})

test('the window never holds its thread over 50 ms during a 20,000-draw run', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000)
  await openRangedDemo(page, host)
  await openSimulation(page)
  await watchLongTasks(page)
  await startRun(page, '20000', '7')
  await page.waitForSelector('[data-testid="simulation-timing"]', { timeout: 150_000 })
  const run = await lastRunSpan(page)
  const during = (await longTasksSinceWatch(page)).filter((task) => overlaps(task, run))
  expect(during).toEqual([])
})

test('an edit or another scenario after a run marks it stale until the next run', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000)
  await openRangedDemo(page, host)
  await openSimulation(page)
  const results = page.getByTestId('simulation-results')
  const stale = page.getByTestId('simulation-stale')
  await startRun(page, '200', '1')
  await waitForResults(page)
  await expect(stale).toHaveCount(0)

  // An edit from elsewhere (another window, the CLI) reaches the page and the plan moves.
  await applyOutside(host, 'Price', [
    { op: 'set', path: 'features/support-agent/pricePerUnit', value: 1.09 },
  ])
  await expect(stale).toHaveText('The plan changed since this run — Run again')
  // The old answer stays in view, marked, until the person asks for a new one.
  await expect(results).toHaveAttribute('data-stale', 'true')
  await page.getByTestId('simulation-run-again').click()
  await expect(results).toHaveAttribute('data-stale', 'false', { timeout: 60_000 })

  await page.getByTestId('scenario-picker').selectOption('price-increase')
  await expect(results).toHaveAttribute('data-stale', 'true')
  await expect(page.getByTestId('simulation-scenario')).toContainText('Routing, then $1.49')
})
