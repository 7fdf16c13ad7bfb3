/**
 * Monte Carlo in the app: a 10,000-draw run of the demo with ranges, in the Uncertainty view. The
 * window's longest main-thread task while the worker draws (the run must never hold the window),
 * the run's wall time and rate, and the longest task drawing its charts afterwards.
 */
import { expect, test } from '@playwright/test'
import { cpus, loadavg } from 'node:os'
import { RUN_MEASURE } from '../../../renderer/src/views/uncertainty/simulation/simulationJob'
import { openRangedDemo } from '../support/rangedDemo'
import { settleIdle } from '../support/longTasks'
import { waitForCharts } from '../support/screens'
import { startWebHost } from '../webHost'
import { longestTask, mainThreadTasks, traceEvents, type Task } from './mainThreadTasks'
import { failedBudgets, formatTable, type BenchRow } from './report'

const DRAWS = 10_000
/** A task over 50 ms is a long task: input waits behind it, visibly. */
const BUDGET = { longestTaskMs: 50 }

const rows: BenchRow[] = []

test.afterAll(() => {
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
  const failed = failedBudgets(rows)
  process.stdout.write(
    `\nMonte Carlo UI benchmark, ${new Date().toISOString()}, ${cpus().length} CPUs, load average ${load}\n${formatTable(rows)}\n`,
  )
  process.stdout.write(
    failed.length === 0
      ? 'All budgets met.\n'
      : `Over budget: ${failed.map((row) => row.measure).join('; ')}\n`,
  )
})

test(`a ${DRAWS.toLocaleString('en-US')}-draw run of the demo with ranges`, async ({
  browser,
  page,
}) => {
  const host = await startWebHost()
  try {
    await openRangedDemo(page, host)
    const plotly = page.waitForResponse(/\/plotly-[^/]*\.js$/)
    await page.getByTestId('nav-uncertainty').click()
    await plotly
    await settleIdle(page)
    await page.getByTestId('simulation-draws').fill(String(DRAWS))

    const events = await traceEvents(browser, page, async () => {
      await page.getByTestId('simulation-run').click()
      const results = page.getByTestId('simulation-results')
      await expect(results).toBeVisible({ timeout: 120_000 })
      await waitForCharts(results)
    })
    const run = mainThreadTasks(events, RUN_MEASURE)
    const during = longestTask(run.during)
    const drawing = longestTask(run.after)
    const timing = await page.getByTestId('simulation-timing').textContent()
    // Wall time is what a person feels; CPU time says how much of it was the page's own work
    // rather than waiting for a core (the worker takes one of them).
    const cpu = (task: Task) => `${task.cpuMs.toFixed(1)} ms of it on the CPU`
    rows.push(
      {
        measure: `Run of ${DRAWS.toLocaleString('en-US')} draws: wall time`,
        value: run.spanMs,
        unit: 'ms',
        detail: `the app says: ${timing ?? '—'}`,
      },
      {
        measure: 'Run: longest main-thread task',
        value: during.wallMs,
        unit: 'ms',
        budget: BUDGET.longestTaskMs,
        detail: `${cpu(during)}; ${run.during.length} tasks, ${run.during.filter((t) => t.wallMs > 16).length} over 16 ms`,
      },
      {
        measure: 'After the run: longest task drawing the results',
        value: drawing.wallMs,
        unit: 'ms',
        detail: `${cpu(drawing)}; charts drawn one per task`,
      },
    )
  } finally {
    await host.stop()
  }
})
