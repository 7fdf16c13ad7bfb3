/**
 * Issue #13 in the page: Save As onto an existing file asks first, a workspace that cannot be
 * written opens read-only with a banner and refuses edits, and a file another window holds opens
 * read-only until this one takes over (after which the other window catches up with its saves).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { makeUnwritable, makeWritable } from '../fixtures/readOnlyFiles'
import { openApp, openView, waitForSaved, waitForWorkspace } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { currentWorkspace, workspaceFileDigest } from './support/workspace'
import { startWebHost } from './webHost'

const folders: string[] = []
test.afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'amp-e2e-files-'))
  folders.push(folder)
  return folder
}

const featureId = 'support-agent'
const priceColumn = 'pricePerUnit'

async function fileMenuPath(page: Page, item: 'Save as…' | 'Open…', path: string) {
  await page.getByTestId('file-menu').click()
  await page.getByRole('menuitem', { name: item }).click()
  const dialog = page.getByTestId('path-dialog')
  await page.getByTestId('path-input').fill(path)
  await dialog.getByRole('button', { name: item === 'Open…' ? 'Open' : 'Save' }).click()
}

async function expectOpen(page: Page, path: string) {
  await expect(page.getByTestId('notice')).toContainText(path.split('/').pop() ?? path)
  await waitForSaved(page)
}

test('Save As onto an existing workspace asks before replacing it', async ({ page, host }) => {
  await openApp(page, host)
  const folder = tempFolder()
  const first = join(folder, 'first.marginplan')
  const second = join(folder, 'second.marginplan')
  await fileMenuPath(page, 'Save as…', first)
  await expectOpen(page, first)
  await fileMenuPath(page, 'Save as…', second)
  await expectOpen(page, second)
  const digest = workspaceFileDigest(first)

  await fileMenuPath(page, 'Save as…', first)
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText('Replace first.marginplan?')
  await expect(confirm).toContainText(`${first} already exists`)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  expect((await currentWorkspace(host)).path).toBe(second)
  expect(workspaceFileDigest(first)).toBe(digest)

  await page.getByTestId('path-dialog').getByRole('button', { name: 'Save' }).click()
  await confirm.getByRole('button', { name: 'Replace' }).click()
  await expectOpen(page, first)
  expect((await currentWorkspace(host)).path).toBe(first)
})

test('a workspace that cannot be written opens read-only and refuses edits', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const folder = tempFolder()
  const locked = join(folder, 'locked.marginplan')
  await fileMenuPath(page, 'Save as…', locked)
  await expectOpen(page, locked)
  await fileMenuPath(page, 'Save as…', join(folder, 'other.marginplan'))
  await expectOpen(page, join(folder, 'other.marginplan'))
  makeUnwritable(locked, false)
  try {
    await fileMenuPath(page, 'Open…', locked)
    const banner = page.getByTestId('read-only-banner')
    await expect(banner).toContainText('Read-only')
    await expect(banner).toContainText('locked.marginplan cannot be saved here')
    await expect(banner.getByRole('button', { name: 'Save As…' })).toBeVisible()

    await expect(page.getByTestId('save-status')).toHaveText('Read-only: nothing is saved here')

    // No cell opens an editor: a double-click and typing change nothing and send nothing.
    await openView(page, 'features')
    const editsSent: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api/edits/apply')) editsSent.push(request.url())
    })
    const price = gridCell(page, 'grid-features', featureId, priceColumn)
    await price.dblclick()
    await page.keyboard.type('1.37')
    await page.keyboard.press('Enter')
    await expect(price.locator('input')).toHaveCount(0)
    await expect(price).toHaveText('$0.99')
    await expect(price).toHaveClass(/cell-computed/)
    expect(editsSent).toEqual([])
  } finally {
    makeWritable(locked, false)
  }
})

test('a file another window holds opens read-only until this one takes over', async ({
  page,
  context,
  host,
}) => {
  await openApp(page, host)
  const file = (await currentWorkspace(host)).path
  const second = await startWebHost(['--workspace', file])
  try {
    const other = await context.newPage()
    await other.goto(second.url)
    await waitForWorkspace(other)
    const banner = other.getByTestId('read-only-banner')
    await expect(banner).toContainText('is open for editing in an AI Margin Planner browser window')

    await banner.getByRole('button', { name: 'Take over editing' }).click()
    await expect(banner).toBeHidden()
    await openView(other, 'features')
    await typeIntoCell(other, 'grid-features', featureId, priceColumn, '1.37')
    await waitForSaved(other)

    // The first window catches up by itself: it shows the other window's save and says so.
    await openView(page, 'features')
    await expect(gridCell(page, 'grid-features', featureId, priceColumn)).toHaveText('$1.37', {
      timeout: 10_000,
    })
    await expect(page.getByTestId('notice')).toContainText(
      'Updated with the changes saved in another window',
    )
  } finally {
    await second.stop()
  }
})
