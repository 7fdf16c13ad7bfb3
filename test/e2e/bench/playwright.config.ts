import { defineConfig } from '@playwright/test'
import e2e from '../playwright.config'

/**
 * The UI benchmark (`npx playwright test -c test/e2e/bench/playwright.config.ts`): the same
 * Chromium and web host as the end-to-end tests, one worker so nothing competes for the CPU
 * while frames are timed, and a long timeout for the 2,000-feature workspace. No Playwright trace:
 * its screencast asks Chromium for a copy of every frame, which makes the display compositor redraw
 * the whole window in software at 60 fps and takes a core away from the page being timed.
 */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.bench.ts',
  forbidOnly: true,
  outputDir: '../../../test-results/bench',
  timeout: 300_000,
  reporter: [['list']],
  use: { ...e2e.use, trace: 'off' },
})
