/**
 * The window comes back to where the person was in each workspace: a reload, or reopening the
 * file, shows the same scenario and view; another file has its own; a scenario deleted since
 * falls back to the baseline.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { callApi } from './api'
import { openApp, openView, waitForWorkspace, type ViewId } from './support/app'
import { expect, test } from './support/fixtures'
import { applyOutside, currentWorkspace } from './support/workspace'
import type { RunningHost } from './webHost'

async function expectPlace(page: Page, scenarioId: string, view: ViewId): Promise<void> {
  await expect(page.getByTestId(`view-${view}`)).toBeVisible()
  await expect(page.getByTestId(`nav-${view}`)).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('scenario-picker')).toHaveValue(scenarioId)
}

/** Opens `path` in the host, as File → Open does, and loads the page on it afresh. */
async function reopen(page: Page, host: RunningHost, path: string): Promise<void> {
  await callApi(host, 'workspace/open', { path, access: 'edit' })
  await page.reload()
  await waitForWorkspace(page)
}

test('a reload comes back to the scenario and view the person was on', async ({ page, host }) => {
  await openApp(page, host)
  await page.getByTestId('scenario-picker').selectOption('route-to-mini')
  await openView(page, 'selfhost')

  await page.reload()
  await waitForWorkspace(page)
  await expectPlace(page, 'route-to-mini', 'selfhost')
})

test('each workspace file remembers its own scenario and view', async ({ page, host }) => {
  await openApp(page, host)
  const demo = (await currentWorkspace(host)).path
  await page.getByTestId('scenario-picker').selectOption('openai-price-rise')
  await openView(page, 'scenarios')

  const copy = join(host.dataDir, 'copy.marginplan')
  await callApi(host, 'workspace/saveAs', { path: copy, overwrite: false })
  await page.reload()
  await waitForWorkspace(page)
  // A file never opened in this window opens where a fresh window does.
  await expectPlace(page, '', 'overview')
  await openView(page, 'models')

  await reopen(page, host, demo)
  await expectPlace(page, 'openai-price-rise', 'scenarios')
  await reopen(page, host, copy)
  await expectPlace(page, '', 'models')
})

test('a remembered scenario deleted since falls back to the baseline', async ({ page, host }) => {
  await openApp(page, host)
  await page.getByTestId('scenario-picker').selectOption('route-to-mini')
  await openView(page, 'pricing')

  // Deleted elsewhere (another window, or the CLI), with the scenario building on it.
  await applyOutside(host, 'Delete scenario', [
    { op: 'delete', path: 'scenarios/route-to-mini', cascade: true },
  ])
  await page.reload()
  await waitForWorkspace(page)
  await expectPlace(page, '', 'pricing')
  await expect(page.locator('.statusbar')).toContainText('Editing the baseline')
})
