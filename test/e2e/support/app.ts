/** Page-level steps: open the app, move between views, wait for saves and read KPI tiles. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { RunningHost } from '../webHost'

export const viewIds = [
  'overview',
  'features',
  'models',
  'pricing',
  'scenarios',
  'selfhost',
  'reports',
] as const

export type ViewId = (typeof viewIds)[number]

export const kpiIds = ['kpi-margin', 'kpi-gross-profit', 'kpi-ai-cogs', 'kpi-below-floor'] as const

export type KpiId = (typeof kpiIds)[number]

/**
 * Loads the page the host printed and waits until the workspace is open on the Overview (a fresh
 * browser context remembers no other view for it).
 */
export async function openApp(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url)
  await waitForWorkspace(page)
  await expect(page.getByTestId('kpi-margin')).toBeVisible()
}

/**
 * The first snapshot has arrived: the status leaves `loading` and the top bar names the workspace.
 * A reload comes back to the view the person was on, so no view's content is awaited here.
 */
export async function waitForWorkspace(page: Page): Promise<void> {
  await waitForSaved(page)
  await expect(page.getByTestId('workspace-name')).toBeVisible()
}

export async function openView(page: Page, view: ViewId): Promise<Locator> {
  await page.getByTestId(`nav-${view}`).click()
  const screen = page.getByTestId(`view-${view}`)
  await expect(screen).toBeVisible()
  return screen
}

/** The unrounded engine number a KPI tile carries in `data-value` (null when it shows none). */
export async function kpiValue(page: Page, kpi: KpiId): Promise<number | null> {
  const raw = await page.getByTestId(kpi).getAttribute('data-value')
  if (raw === null) throw new Error(`${kpi} has no data-value attribute`)
  return raw === '' ? null : Number(raw)
}

/**
 * Waits until every edit made so far reached the service. Call it after the edited value is on
 * screen: a commit shows its value and flips the status to `saving` in the same step.
 */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved')
}
