import type { Override } from '../../shared/model/types'
import { openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { grid, gridCell, renderedRowIds, typeIntoCell } from './support/grid'
import { exportedDoc } from './support/workspace'

const scenarioId = 'openai-price-rise'
const featureId = 'support-agent'
const overridePath = `features/${featureId}/pricePerUnit`

test('with a scenario active, an edit becomes a tinted override that reset removes', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const before = await exportedDoc(host)
  const scenarioBefore = before.scenarios.find((s) => s.id === scenarioId)
  const baselinePrice = before.features.find((f) => f.id === featureId)?.pricePerUnit
  expect(scenarioBefore?.overrides.some((o) => o.path === overridePath)).toBe(false)

  await page.getByTestId('scenario-picker').selectOption(scenarioId)
  await openView(page, 'features')
  const priceCell = gridCell(page, 'grid-features', featureId, 'pricePerUnit')
  await expect(priceCell).not.toHaveClass(/cell-override(\s|$)/)
  await typeIntoCell(page, 'grid-features', featureId, 'pricePerUnit', '1.29')
  await expect(priceCell).toHaveText(/\$1\.29/)
  await expect(priceCell).toHaveClass(/cell-override(\s|$)/)
  await waitForSaved(page)

  const edited = await exportedDoc(host)
  expect(edited.features.find((f) => f.id === featureId)?.pricePerUnit).toBe(baselinePrice)
  const added: Override = { path: overridePath, op: 'set', value: 1.29 }
  expect(edited.scenarios.find((s) => s.id === scenarioId)?.overrides).toEqual([
    ...(scenarioBefore?.overrides ?? []),
    added,
  ])

  await openView(page, 'scenarios')
  const addedRow = String(scenarioBefore?.overrides.length)
  expect(await renderedRowIds(page, 'grid-overrides')).toContain(addedRow)
  await expect(gridCell(page, 'grid-overrides', addedRow, 'path')).toHaveText(overridePath)
  await expect(gridCell(page, 'grid-overrides', addedRow, 'value')).toHaveText('$1.29')

  await gridCell(page, 'grid-overrides', addedRow, 'where').click()
  await page.getByTestId('override-reset').click()
  await expect(grid(page, 'grid-overrides').locator(`.ag-row[row-id="${addedRow}"]`)).toHaveCount(0)
  await waitForSaved(page)
  const reset = await exportedDoc(host)
  expect(reset.scenarios.find((s) => s.id === scenarioId)?.overrides).toEqual(
    scenarioBefore?.overrides,
  )
  expect(reset).toEqual(before)

  await openView(page, 'features')
  await expect(priceCell).toHaveText('$0.99')
  await expect(priceCell).not.toHaveClass(/cell-override(\s|$)/)
})
