/**
 * The Playwright `test` every spec uses: a fresh web host (its own data folder, so every test
 * starts from the demo workspace) started before the test and stopped after it, and a record of
 * the page's console errors and uncaught exceptions.
 */
import { test as base, type Page } from '@playwright/test'
import { startWebHost, type RunningHost } from '../webHost'

export interface PageProblems {
  /** `console.error` messages and uncaught exceptions, in the order they happened. */
  messages: string[]
}

function recordProblems(page: Page): PageProblems {
  const problems: PageProblems = { messages: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.messages.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.messages.push(`page error: ${error.message}`))
  return problems
}

export const test = base.extend<{
  /** Environment variables for the web host, on top of the test run's own. */
  hostEnv: Record<string, string>
  host: RunningHost
  pageProblems: PageProblems
}>({
  hostEnv: [{}, { option: true }],
  host: async ({ hostEnv }, use) => {
    const host = await startWebHost([], hostEnv)
    try {
      await use(host)
    } finally {
      await host.stop()
    }
  },
  pageProblems: async ({ page }, use) => {
    await use(recordProblems(page))
  },
})

export { expect } from '@playwright/test'
