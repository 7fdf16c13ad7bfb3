/**
 * Issue #11, actuals and alerts: the Alerts tab lists what `margin alerts` finds, a rule switched
 * off takes its alerts with it (and stays off after a reload), the Overview's "Needs attention"
 * leads with an open red alert, calibration writes an observed mean into the baseline in one
 * undoable step, and the weekly review downloads as CSV. Screenshots of each page at two sizes
 * go to /tmp/shots/ for a person to look at.
 *
 * The workspace: the demo at 2% of its volume with 60 days of generated Langfuse usage from
 * 1 Oct 2026 (to Sunday 29 Nov), imported with the CLI as a person would.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Locator, Page } from '@playwright/test'
import type { Alert } from '../../shared/actuals/alerts'
import { waitForSaved, waitForWorkspace } from './support/app'
import { downloadFrom } from './support/downloads'
import { expect, test } from './support/fixtures'
import { gridCell, focusCell } from './support/grid'
import { exportedDoc } from './support/workspace'
import { startWebHost, type RunningHost } from './webHost'

const repoRoot = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const shots = '/tmp/shots'

/** Runs a TypeScript entry point of the repository (the CLI, the log generator). */
async function tsx(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}

/** `margin alerts --json`: it exits 3 while a red alert is open, its answer printed all the same. */
async function cliAlertsJson(file: string): Promise<string> {
  try {
    return await tsx('electron/cli/main.ts', 'alerts', file, '--json')
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    if (failed.code === 3 && failed.stdout !== undefined) return failed.stdout
    throw error
  }
}

let folder = ''
let prepared = ''
/** `margin alerts --json` on the prepared workspace, before any host holds a copy of it. */
let cliAlerts: Alert[] = []

test.beforeAll(async () => {
  test.setTimeout(180_000)
  folder = mkdtempSync(join(tmpdir(), 'amp-e2e-alerts-'))
  const doc = join(folder, 'demo.json')
  const log = join(folder, 'usage.csv')
  prepared = join(folder, 'demo.marginplan')
  await tsx(
    'test/fixtures/actuals/writeLangfuseLog.ts',
    'resources/demo-workspace.json',
    '0.02',
    doc,
    log,
    '2026-10-01',
    '60',
    '600',
  )
  await tsx('electron/cli/main.ts', 'import', doc, '--out', prepared)
  await tsx('electron/cli/main.ts', 'actuals', 'import', prepared, log, '--format', 'langfuse')
  cliAlerts = (JSON.parse(await cliAlertsJson(prepared)) as { alerts: Alert[] }).alerts
})

test.afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true })
})

const hosts: RunningHost[] = []
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop()
})

/** A copy of the prepared workspace open in a fresh host: each test edits its own. */
async function openActuals(page: Page): Promise<RunningHost> {
  const file = join(mkdtempSync(join(folder, 'copy-')), 'demo.marginplan')
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(prepared + suffix)) copyFileSync(prepared + suffix, file + suffix)
  }
  const host = await startWebHost(['--workspace', file])
  hosts.push(host)
  await page.goto(host.url)
  await waitForWorkspace(page)
  return host
}

async function openTab(page: Page, tab: 'alerts' | 'calibration' | 'review'): Promise<void> {
  await page.getByTestId('nav-actuals').click()
  await page.getByTestId(`actuals-tab-${tab}`).click()
}

type AlertKey = [rule: string, subject: string, openedOn: string]

const keyOf = (alert: Alert): AlertKey => [
  alert.rule,
  alert.featureId ?? alert.customerId ?? alert.cohortId ?? alert.modelId ?? '',
  alert.openedOn,
]

async function rowKeys(rows: Locator): Promise<AlertKey[]> {
  return rows.evaluateAll((elements) =>
    elements.map((row): AlertKey => {
      const data = (row as HTMLElement).dataset
      return [data.rule ?? '', data.subjectId ?? '', data.openedOn ?? '']
    }),
  )
}

const sorted = (keys: AlertKey[]) => keys.map((key) => key.join(' ')).sort()

test('the Alerts tab lists the CLI’s alerts; a rule switched off stays off', async ({
  page,
  pageProblems,
}) => {
  const host = await openActuals(page)
  const open = cliAlerts.filter((alert) => alert.closedOn === null)
  const closed = cliAlerts.filter((alert) => alert.closedOn !== null)
  expect(open.some((alert) => alert.rule === 'yellow-7d')).toBe(true)
  expect(closed.length).toBeGreaterThan(0)

  await openTab(page, 'alerts')
  const openRows = page.getByTestId('alerts-open-table').getByTestId('alert-row')
  await expect(openRows).toHaveCount(open.length)
  expect(sorted(await rowKeys(openRows))).toEqual(sorted(open.map(keyOf)))
  const pastRows = page.getByTestId('alerts-past-table').getByTestId('alert-row')
  expect(sorted(await rowKeys(pastRows))).toEqual(sorted(closed.map(keyOf)))
  // Red first, and each in words: the rule, the feature's name, the driver.
  await expect(openRows.first()).toHaveAttribute('data-severity', 'red')
  await expect(page.getByTestId('alerts-open-table')).toContainText('3-day margin below floor')
  await expect(page.getByTestId('alerts-open-table')).toContainText('Analytics Q&A')
  await expect(page.getByTestId('chart-alerts-per-week')).toBeVisible()

  await page.getByTestId('rule-yellow-7d-enabled').uncheck()
  await waitForSaved(page)
  await expect(openRows.and(page.locator('[data-rule="yellow-7d"]'))).toHaveCount(0)
  await expect(openRows).toHaveCount(open.filter((alert) => alert.rule !== 'yellow-7d').length)
  expect((await exportedDoc(host)).alertRules).toEqual([{ id: 'yellow-7d', enabled: false }])

  await page.reload()
  await waitForWorkspace(page)
  await openTab(page, 'alerts')
  await expect(page.getByTestId('rule-yellow-7d-enabled')).not.toBeChecked()
  await expect(openRows).toHaveCount(open.filter((alert) => alert.rule !== 'yellow-7d').length)

  // Reset brings the default back, and with it the alerts.
  await page.getByTestId('rule-yellow-7d-reset').click()
  await waitForSaved(page)
  await expect(openRows).toHaveCount(open.length)
  expect((await exportedDoc(host)).alertRules).toEqual([])
  expect(pageProblems.messages).toEqual([])
})

test('Needs attention leads with an open red alert that opens the Alerts tab', async ({
  page,
  pageProblems,
}) => {
  await openActuals(page)
  const alert = page
    .getByTestId('card-attention')
    .locator('[data-kind="alert"][data-zone="red"]')
    .first()
  await expect(alert).toContainText('3-day margin below floor')
  await expect(page.getByTestId('attention-item').first()).toHaveAttribute('data-kind', 'alert')
  await alert.getByTestId('attention-alert').click()
  await expect(page.getByTestId('actuals-alerts')).toBeVisible()
  expect(pageProblems.messages).toEqual([])
})

test('calibration writes the observed mean into the baseline, and undo takes it back', async ({
  page,
  pageProblems,
}) => {
  const host = await openActuals(page)
  const featureId = 'support-agent'
  await openTab(page, 'calibration')
  const inputRows = page
    .getByTestId(`calibration-feature-${featureId}`)
    .locator('[data-testid="calibration-row"][data-field="inputTokens"]')
  const stepId =
    (await inputRows
      .filter({ has: page.getByTestId('calibration-take') })
      .first()
      .getAttribute('data-step-id')) ?? ''
  const row = inputRows.and(page.locator(`[data-step-id="${stepId}"]`))
  const shown = (await row.getByTestId('calibration-observed-mean').textContent()) ?? ''
  const observed = Number(shown.replace(/,/g, ''))
  const before = (await exportedDoc(host)).features
    .find((feature) => feature.id === featureId)
    ?.steps.find((step) => step.id === stepId)?.inputTokens
  expect(observed).not.toBe(before)

  await row.getByTestId('calibration-take').check()
  await page.getByTestId('calibration-apply').click()
  await waitForSaved(page)
  const stepOf = async () =>
    (await exportedDoc(host)).features
      .find((feature) => feature.id === featureId)
      ?.steps.find((step) => step.id === stepId)
  expect((await stepOf())?.inputTokens).toBe(observed)
  // The plan now says what was observed: nothing left to take on that row.
  await expect(row.getByTestId('calibration-planned')).toHaveText(shown)

  await page.getByTestId('nav-features').click()
  await focusCell(page, 'grid-features', featureId, 'name')
  await expect(gridCell(page, 'grid-steps', stepId, 'inputTokens')).toHaveText(shown)

  await page.getByTestId('undo').click()
  await waitForSaved(page)
  expect((await stepOf())?.inputTokens).toBe(before)
  expect(pageProblems.messages).toEqual([])
})

test('the weekly review downloads as a long CSV named after its week', async ({
  page,
  pageProblems,
}) => {
  await openActuals(page)
  await openTab(page, 'review')
  // The data end on Sunday 29 Nov: that week is the last full one.
  await expect(page.getByTestId('weekly-review')).toHaveAttribute('data-week-start', '2026-11-23')
  await expect(page.getByTestId('review-zones')).toBeVisible()
  const download = await downloadFrom(page, page.getByTestId('review-csv'))
  expect(download.suggestedFilename()).toBe('weekly-review-2026-11-23.csv')
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
  const [header, ...rows] = text.trim().split('\r\n')
  expect(header).toBe('Section,Subject,Metric,Period,Value,Unit,Note')
  const sections = new Set(rows.map((row) => row.split(',')[0]))
  expect([...sections]).toEqual(['Open alerts', 'Features by zone', 'Cost trend', 'Plan vs actual'])
  expect(pageProblems.messages).toEqual([])
})

test('screenshots of the alerts, calibration, review and overview pages', async ({ page }) => {
  mkdirSync(shots, { recursive: true })
  await openActuals(page)
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height })
    const shot = (name: string) =>
      page.screenshot({ path: join(shots, `issue11-${name}-${width}.png`) })
    await page.getByTestId('nav-overview').click()
    await expect(page.getByTestId('attention-alert').first()).toBeVisible()
    await page.getByTestId('card-attention').scrollIntoViewIfNeeded()
    await shot('overview')
    await openTab(page, 'alerts')
    await expect(
      page.getByTestId('chart-alerts-per-week').locator('.main-svg').first(),
    ).toBeVisible()
    await shot('alerts')
    await page.getByTestId('alert-rules').scrollIntoViewIfNeeded()
    await shot('alerts-rules')
    await page.getByTestId('alerts-past').locator('summary').click()
    await page.getByTestId('alerts-past').scrollIntoViewIfNeeded()
    await shot('alerts-past')
    await page.getByTestId('alerts-past').locator('summary').click()
    await openTab(page, 'calibration')
    await expect(page.getByTestId('actuals-calibration')).toBeVisible()
    await shot('calibration')
    await openTab(page, 'review')
    await expect(page.getByTestId('weekly-review')).toBeVisible()
    await shot('review')
    await page.getByTestId('review-trend-card').scrollIntoViewIfNeeded()
    await shot('review-trend')
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(shots, 'issue11-review-print.png'), fullPage: true })
})
