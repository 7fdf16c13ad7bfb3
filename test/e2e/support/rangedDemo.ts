/**
 * The demo workspace with ranges on a price, on tokens, on volume, and two output lengths that
 * move together: enough spread that about a fifth of the draws end below the 55% floor.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Range, WorkspaceDoc } from '../../../shared/model/types'
import { callApi } from '../api'
import type { RunningHost } from '../webHost'
import { waitForWorkspace } from './app'
import { demoWorkspace } from './workspace'

const ranges: Range[] = [
  {
    path: 'features/support-agent/pricePerUnit',
    low: 0.69,
    likely: 0.99,
    high: 1.19,
    shape: 'pert',
  },
  {
    path: 'features/support-agent/steps/resolve/inputTokens',
    low: 10_000,
    likely: 14_000,
    high: 34_000,
    shape: 'triangular',
  },
  { path: 'cohorts/smb/customers', low: 300, likely: 400, high: 520, shape: 'uniform' },
  {
    path: 'features/analytics-qa/steps/plan-query/outputTokens',
    low: 500,
    likely: 800,
    high: 3000,
    shape: 'lognormal',
    group: 'verbosity',
  },
  {
    path: 'features/analytics-qa/steps/explain/outputTokens',
    low: 450,
    likely: 700,
    high: 2600,
    shape: 'lognormal',
    group: 'verbosity',
  },
]

export function rangedDemo(): WorkspaceDoc {
  return { ...demoWorkspace(), ranges }
}

/**
 * Writes `doc` (the ranged demo unless told) as a workspace file in the host's data folder, opens
 * it, and loads the page on it; answers the file's path (for the CLI).
 */
export async function openRangedDemo(
  page: Page,
  host: RunningHost,
  doc: WorkspaceDoc = rangedDemo(),
): Promise<string> {
  const path = join(host.dataDir, 'ranged-demo.marginplan')
  await callApi(host, 'workspace/importJson', { path, doc, overwrite: false })
  await page.goto(host.url)
  await waitForWorkspace(page)
  return path
}
