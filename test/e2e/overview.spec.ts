import { compute } from '../../shared/engine'
import { kpiValue, openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { gridCell, typeIntoCell } from './support/grid'
import { cliCompute, currentWorkspace, exportedDoc } from './support/workspace'

test('the blended margin tile shows what the engine and the CLI compute', async ({
  page,
  host,
}) => {
  await openApp(page, host)
  const doc = await exportedDoc(host)
  const expected = compute(doc).portfolio
  expect(expected.grossMarginPct).toEqual(expect.any(Number))

  expect(await kpiValue(page, 'kpi-margin')).toBe(expected.grossMarginPct)
  expect(await kpiValue(page, 'kpi-gross-profit')).toBe(expected.grossProfit)
  expect(await kpiValue(page, 'kpi-ai-cogs')).toBe(expected.aiCogsPctOfRevenue)

  const { path } = await currentWorkspace(host)
  const printed = await cliCompute(path)
  expect(printed.portfolio.grossMarginPct).toBe(expected.grossMarginPct)
  expect(await kpiValue(page, 'kpi-margin')).toBe(printed.portfolio.grossMarginPct)
})

test('a new model input price moves the tile to what the engine gives', async ({ page, host }) => {
  await openApp(page, host)
  const marginBefore = await kpiValue(page, 'kpi-margin')

  // GPT-4o's price in force at the demo's start month is its second point (index 1).
  await openView(page, 'models')
  await gridCell(page, 'grid-models', 'gpt-4o', 'name').click()
  await typeIntoCell(page, 'grid-prices', '1', 'inputPerMTok', '7.5')
  await expect(gridCell(page, 'grid-prices', '1', 'inputPerMTok')).toHaveText('$7.50')
  await waitForSaved(page)

  const edited = await exportedDoc(host)
  expect(edited.models.find((m) => m.id === 'gpt-4o')?.prices[1]?.inputPerMTok).toBe(7.5)
  const expected = compute(edited).portfolio.grossMarginPct
  expect(expected).not.toBe(marginBefore)

  await openView(page, 'overview')
  await expect(page.getByTestId('kpi-margin')).toHaveAttribute('data-value', String(expected))
})
