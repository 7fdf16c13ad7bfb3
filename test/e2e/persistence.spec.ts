import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { currentWorkspace, exportedDoc, workspaceFileDigest } from './support/workspace'

const featureId = 'support-agent'
const priceColumn = 'pricePerUnit'

test('an edited price is saved and still there after a reload', async ({ page, host }) => {
  await openApp(page, host)
  await openView(page, 'features')
  const priceCell = gridCell(page, 'grid-features', featureId, priceColumn)
  await expect(priceCell).toHaveText('$0.99')

  await typeIntoCell(page, 'grid-features', featureId, priceColumn, '1.37')
  await expect(priceCell).toHaveText('$1.37')
  await waitForSaved(page)
  const saved = await exportedDoc(host)
  expect(saved.features.find((f) => f.id === featureId)?.pricePerUnit).toBe(1.37)

  await page.reload()
  await openView(page, 'features')
  await expect(gridCell(page, 'grid-features', featureId, priceColumn)).toHaveText('$1.37')
})

test('a price that is not a number is refused in place and nothing is written', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await currentWorkspace(host)
  const digestBefore = workspaceFileDigest(before.path)
  await openView(page, 'features')
  // An edit is sent the moment it is committed, so a refused one would show here by the time its
  // error does.
  const editsSent: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/edits/apply')) editsSent.push(request.postData() ?? '')
  })

  await typeIntoCell(page, 'grid-features', featureId, priceColumn, 'abc')
  const error = page.getByTestId('edit-error')
  await expect(error).toBeVisible()
  await expect(error).toContainText('Price / unit')
  await expect(error).toContainText('abc')
  await expect(gridCell(page, 'grid-features', featureId, priceColumn)).toHaveText('$0.99')
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved')
  await expect(page.getByTestId('undo')).toBeDisabled()

  expect(editsSent).toEqual([])
  const after = await currentWorkspace(host)
  expect(after.revision).toBe(before.revision)
  expect(after.doc).toEqual(before.doc)
  expect(await exportedDoc(host)).toEqual(before.doc)
  expect(workspaceFileDigest(before.path)).toBe(digestBefore)
})
