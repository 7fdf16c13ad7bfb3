import type { Page } from '@playwright/test'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { callApi } from './api'
import { currentWorkspace } from './support/workspace'

const featureId = 'support-agent'
const priceColumn = 'pricePerUnit'

function marginTile(page: Page) {
  return page.getByTestId('kpi-margin').locator('.kpi-tile__value')
}

async function openBackups(page: Page) {
  await page.getByTestId('file-menu').click()
  await page.getByRole('menuitem', { name: 'Backups…' }).click()
  const dialog = page.getByTestId('backups-dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

async function takeSnapshot(page: Page, name: string) {
  const dialog = await openBackups(page)
  await dialog.getByRole('button', { name: 'Take a named snapshot…' }).click()
  await dialog.getByTestId('backup-take').click()
  await expect(dialog.getByRole('alert')).toHaveText('A snapshot needs a name.')
  await dialog.getByTestId('backup-name').fill(name)
  await dialog.getByTestId('backup-take').click()
  const row = dialog.getByTestId('backup-row').filter({ hasText: name })
  await expect(row).toBeVisible()
  return { dialog, row }
}

async function repriceFeature(page: Page, price: string, shown: string) {
  await openView(page, 'features')
  await typeIntoCell(page, 'grid-features', featureId, priceColumn, price)
  await expect(gridCell(page, 'grid-features', featureId, priceColumn)).toHaveText(shown)
  await waitForSaved(page)
  await openView(page, 'overview')
}

test('restoring a backup opens the earlier margin', async ({ page, host, pageProblems }) => {
  await openApp(page, host)
  const earlier = (await marginTile(page).textContent()) ?? ''
  expect(earlier).toMatch(/%$/)

  const { dialog, row } = await takeSnapshot(page, 'Board plan Q4')
  await expect(row.getByRole('cell').nth(1)).toHaveText('Named')
  // The list shows the margin the snapshot holds as the Overview shows it.
  await expect(row.getByTestId('backup-margin')).toHaveText(earlier)
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()

  await repriceFeature(page, '1.37', '$1.37')
  const later = (await marginTile(page).textContent()) ?? ''
  expect(later).not.toBe(earlier)

  const again = await openBackups(page)
  const board = again.getByTestId('backup-row').filter({ hasText: 'Board plan Q4' })
  await board.getByRole('button', { name: 'Restore as new file…' }).click()
  const pathDialog = page.getByTestId('path-dialog')
  await expect(pathDialog).toBeVisible()
  const suggested = await page.getByTestId('path-input').inputValue()
  expect(suggested).toMatch(/ restored \d{4}-\d{2}-\d{2}\.marginplan$/)
  await pathDialog.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByTestId('backups-dialog')).toBeHidden()

  await expect(marginTile(page)).toHaveText(earlier)
  const restored = await currentWorkspace(host)
  expect(restored.path).toBe(suggested)
  expect(restored.access).toEqual({ mode: 'edit' })
  // The restored file is edited like any other.
  await repriceFeature(page, '1.37', '$1.37')
  await expect(marginTile(page)).toHaveText(later)
  expect(pageProblems.messages).toEqual([])
})

test('a backup opens read-only with a banner saying so', async ({ page, host }) => {
  await openApp(page, host)
  const { dialog } = await takeSnapshot(page, 'Before the repricing')
  await dialog.getByRole('button', { name: 'Close' }).click()
  const earlier = (await marginTile(page).textContent()) ?? ''
  await repriceFeature(page, '1.37', '$1.37')
  await expect(marginTile(page)).not.toHaveText(earlier)

  const list = await openBackups(page)
  await list
    .getByTestId('backup-row')
    .filter({ hasText: 'Before the repricing' })
    .getByRole('button', { name: 'Open read-only' })
    .click()
  await expect(list).toBeHidden()

  const banner = page.getByTestId('read-only-banner')
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('The backup of')
  await expect(banner).toContainText('“Before the repricing”')
  // The top bar names the workspace it is a backup of, not the backup's own file (an id).
  await expect(page.locator('.topbar .file-name')).toHaveText(/^Backup of .*\.marginplan$/)
  await expect(banner.getByRole('button', { name: 'Restore as new file…' })).toBeVisible()
  await expect(marginTile(page)).toHaveText(earlier)
  const view = await currentWorkspace(host)
  expect(view.access).toMatchObject({ mode: 'read-only', reason: 'backup' })

  // A backup of a backup is not offered; its list is still the original file's.
  const inView = await openBackups(page)
  await expect(inView.getByRole('button', { name: 'Take a named snapshot…' })).toBeDisabled()
  await expect(
    inView.getByTestId('backup-row').filter({ hasText: 'Before the repricing' }),
  ).toBeVisible()
})

test('a snapshot is deleted only once the person confirmed', async ({ page, host }) => {
  await openApp(page, host)
  const { dialog, row } = await takeSnapshot(page, 'Typo in the name')
  await row.getByTestId('backup-delete').click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('The snapshot “Typo in the name” of ')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(row).toBeVisible()

  await row.getByTestId('backup-delete').click()
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(row).toBeHidden()
  await expect(dialog.getByTestId('backup-row')).toHaveCount(1)
  const { backups } = await callApi(host, 'backups/list', {})
  expect(backups.map((entry) => entry.name)).toEqual([null])
})
