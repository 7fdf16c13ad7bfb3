import type { Download, Locator, Page } from '@playwright/test'

/** The file a click starts downloading. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Download> {
  const started = page.waitForEvent('download')
  await trigger.click()
  return started
}
