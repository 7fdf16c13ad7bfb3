/**
 * The sales-call case, built through the UI only from a blank workspace: a $299 seat plan with $35
 * of non-AI COGS per seat, two cohorts on it and no AI on the baseline; a scenario "AI coaching"
 * that adds the coaching feature's use for both cohorts; a child "Reasoning" that adds a reasoning
 * step on a bigger model. The margins on screen equal `margin compute`'s for each scenario.
 */
import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import type { ComputeResult } from '../../shared/engine/results'
import type { WorkspaceDoc } from '../../shared/model/types'
import { kpiValue, openApp, openView, waitForSaved } from './support/app'
import { expect, test } from './support/fixtures'
import { layoutSizes } from './support/geometry'
import { saveFullViewScreenshot } from './support/screens'
import { grid, gridCell, renderedRowIds, typeIntoCell } from './support/grid'

const repoRoot = resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const margin = ['--import', 'tsx', 'electron/cli/main.ts']

async function newBlankWorkspace(page: Page, path: string): Promise<void> {
  await page.getByTestId('file-menu').click()
  await page.getByRole('menuitem', { name: 'New blank…' }).click()
  await page.getByTestId('path-input').fill(path)
  await page.getByTestId('path-dialog').getByRole('button', { name: 'Create' }).click()
  await expect(page.getByTestId('path-dialog')).toBeHidden()
  await waitForSaved(page)
}

/** The id of the one row of `gridId` whose name cell reads `name` (ids follow new names). */
async function rowNamed(page: Page, gridId: string, name: string): Promise<string> {
  const ids = () =>
    grid(page, gridId)
      .locator('.ag-row[row-id]:not(.ag-opacity-zero) .ag-cell[col-id="name"]')
      .evaluateAll(
        (cells, wanted) =>
          cells
            .filter((cell) => cell.textContent?.trim() === wanted)
            .map((cell) => cell.closest('.ag-row')?.getAttribute('row-id') ?? ''),
        name,
      )
  await expect.poll(ids).toHaveLength(1)
  return (await ids())[0] ?? ''
}

/** Types a new name into a row's name cell; returns the row's id, which may follow the name. */
async function rename(page: Page, gridId: string, rowId: string, name: string): Promise<string> {
  const cell = gridCell(page, gridId, rowId, 'name')
  await cell.dblclick()
  const editor = cell.locator('input')
  await editor.fill(name)
  await editor.press('Enter')
  const id = await rowNamed(page, gridId, name)
  await waitForSaved(page)
  return id
}

/** Presses "+ Add <noun>", names the row it adds, and returns that row's id. */
async function addRow(page: Page, gridId: string, noun: string, name: string): Promise<string> {
  const before = await renderedRowIds(page, gridId)
  await page.getByRole('button', { name: `+ Add ${noun}`, exact: true }).click()
  let added: string[] = []
  await expect
    .poll(async () => {
      added = (await renderedRowIds(page, gridId)).filter((id) => !before.includes(id))
      return added.length
    })
    .toBe(1)
  await waitForSaved(page)
  return rename(page, gridId, added[0] ?? '', name)
}

/** Every action so far was accepted: a refused one leaves its error in the notice bar. */
async function expectNoRefusal(page: Page): Promise<void> {
  await expect(page.locator('.notice-error')).toHaveCount(0)
}

/** `margin compute <file> [--scenario <id>]`'s answer. */
async function cliCompute(file: string, scenarioId: string | null): Promise<ComputeResult> {
  const scenario = scenarioId === null ? [] : ['--scenario', scenarioId]
  const { stdout } = await run(process.execPath, [...margin, 'compute', file, ...scenario], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(stdout) as ComputeResult
}

/** `margin export-json <file>`: the document the workspace file holds. */
async function cliExportJson(file: string): Promise<WorkspaceDoc> {
  const { stdout } = await run(process.execPath, [...margin, 'export-json', file], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(stdout) as WorkspaceDoc
}

/** A margin as the KPI tile and the Compare table show it: one decimal and a percent sign. */
const pct = (value: number) => `${value.toFixed(1)}%`

/**
 * The Changes column of the active scenario's Overrides grid, top to bottom, read in one go: rows
 * of the scenario shown before fade out (ag-grid's row animation) and are left out.
 */
function overrideWords(page: Page): Promise<string[]> {
  return grid(page, 'grid-overrides')
    .locator('.ag-row[row-id]:not(.ag-opacity-zero) .ag-cell[col-id="where"]')
    .evaluateAll((cells) =>
      cells
        .map((cell) => ({
          index: Number(cell.closest('.ag-row')?.getAttribute('row-id')),
          words: cell.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.words),
    )
}

/** Picks `query`'s best match in the open model picker, checking it is `sourceId`. */
async function pickFromCatalog(page: Page, query: string, sourceId: string): Promise<void> {
  const picker = page.getByTestId('model-picker')
  await expect(picker).toBeVisible()
  await picker.getByLabel('Search the catalog').fill(query)
  const best = picker.getByRole('listbox', { name: 'Matching models' }).getByRole('option').first()
  await expect(best.locator('.picker-model')).toHaveText(sourceId)
  await picker.getByLabel('Search the catalog').press('Enter')
  await expect(picker).toBeHidden()
}

/** Presses a Scenarios view button that adds a scenario, names it; returns its id. */
async function addScenario(
  page: Page,
  button: 'scenario-new' | 'scenario-fork',
  name: string,
): Promise<string> {
  const before = await renderedRowIds(page, 'grid-scenarios')
  await page.getByTestId(button).click()
  let added: string[] = []
  await expect
    .poll(async () => {
      added = (await renderedRowIds(page, 'grid-scenarios')).filter((id) => !before.includes(id))
      return added.length
    })
    .toBe(1)
  await waitForSaved(page)
  return rename(page, 'grid-scenarios', added[0] ?? '', name)
}

test('the sales-call case: baseline without AI, AI coaching, then reasoning', async ({
  page,
  host,
  pageProblems,
}) => {
  test.setTimeout(120_000)
  await openApp(page, host)
  const file = join(host.dataDir, 'sales-call.marginplan')
  await newBlankWorkspace(page, file)

  // Baseline: one plan, two cohorts on it, no AI.
  await openView(page, 'pricing')
  const plan = await addRow(page, 'grid-plans', 'plan', 'Sales Pro')
  await typeIntoCell(page, 'grid-plans', plan, 'seatPrice', '299')
  await typeIntoCell(page, 'grid-plans', plan, 'nonAiCogsPerSeat', '35')
  await expect(gridCell(page, 'grid-plans', plan, 'seatPrice')).toHaveText('$299.00')

  const smb = await addRow(page, 'grid-cohorts', 'cohort', 'SMB teams')
  await typeIntoCell(page, 'grid-cohorts', smb, 'customers', '40')
  await typeIntoCell(page, 'grid-cohorts', smb, 'seatsPerCustomer', '10')
  const mid = await addRow(page, 'grid-cohorts', 'cohort', 'Mid-market')
  await typeIntoCell(page, 'grid-cohorts', mid, 'customers', '15')
  await typeIntoCell(page, 'grid-cohorts', mid, 'seatsPerCustomer', '25')
  await waitForSaved(page)

  // Scenario "AI coaching": the feature, its step on a catalog model, and its use by both cohorts.
  await openView(page, 'scenarios')
  const coaching = await addScenario(page, 'scenario-new', 'AI coaching')
  await expect(page.getByTestId('scenario-picker')).toHaveValue(coaching)

  await openView(page, 'features')
  const feature = await addRow(page, 'grid-features', 'feature', 'AI coaching')
  await typeIntoCell(page, 'grid-features', feature, 'unit', 'call')
  await page.getByRole('button', { name: '+ Add step', exact: true }).click()
  await pickFromCatalog(page, 'gpt-5-mini', 'gpt-5-mini')
  await waitForSaved(page)
  await expectNoRefusal(page)
  const [newStep = ''] = await renderedRowIds(page, 'grid-steps')
  const coachStep = await rename(page, 'grid-steps', newStep, 'Coaching reply')
  await typeIntoCell(page, 'grid-steps', coachStep, 'inputTokens', '6000')
  await typeIntoCell(page, 'grid-steps', coachStep, 'outputTokens', '800')
  // gpt-5-mini: $0.25 in, $2 out per million tokens: 6,000 × 0.25/1e6 + 800 × 2/1e6 = $0.0031.
  await expect(gridCell(page, 'grid-steps', coachStep, 'callCost')).toHaveText('$0.0031')

  await openView(page, 'pricing')
  await typeIntoCell(page, 'grid-usage', smb, feature, '60')
  await typeIntoCell(page, 'grid-usage', mid, feature, '60')
  for (const cohort of [smb, mid]) {
    const cell = gridCell(page, 'grid-usage', cohort, feature)
    await expect(cell.locator('.override-cell-value')).toHaveText('60')
    await expect(cell).toHaveClass(/cell-override(\s|$)/)
  }
  await waitForSaved(page)
  await expectNoRefusal(page)

  // Scenario "Reasoning", a child of AI coaching: a reasoning step on a bigger catalog model.
  await openView(page, 'scenarios')
  const reasoning = await addScenario(page, 'scenario-fork', 'Reasoning')
  await expect(page.getByTestId('scenario-picker')).toHaveValue(reasoning)
  await expect(gridCell(page, 'grid-scenarios', reasoning, 'parentId')).toHaveText('AI coaching')

  await openView(page, 'models')
  await page.getByRole('button', { name: '+ Add model', exact: true }).click()
  await pickFromCatalog(page, 'o3', 'o3')
  await waitForSaved(page)
  await expectNoRefusal(page)

  await openView(page, 'features')
  const reasoningStep = await addRow(page, 'grid-steps', 'step', 'Reasoning pass')
  await typeIntoCell(page, 'grid-steps', reasoningStep, 'inputTokens', '6000')
  await typeIntoCell(page, 'grid-steps', reasoningStep, 'outputTokens', '800')
  await typeIntoCell(page, 'grid-steps', reasoningStep, 'reasoningTokens', '4000')
  await gridCell(page, 'grid-steps', reasoningStep, 'name').click()
  const mixModel = gridCell(page, 'grid-mix', '0', 'modelId')
  await mixModel.dblclick()
  await mixModel.getByRole('combobox').click()
  await page.getByRole('option', { name: 'o3', exact: true }).click()
  await expect(mixModel).toContainText('o3')
  await waitForSaved(page)
  await expectNoRefusal(page)
  // A row the scenario added is tinted as an override; its cells say so on hover.
  const addedName = gridCell(page, 'grid-steps', reasoningStep, 'name')
  await expect(addedName).toHaveClass(/cell-override(\s|$)/)
  await expect(addedName.locator('.override-cell')).toHaveAttribute(
    'title',
    /^Baseline: blank\nReasoning: added this row/,
  )
  // The parent's added step is tinted as inherited.
  await expect(gridCell(page, 'grid-steps', coachStep, 'name')).toHaveClass(
    /cell-override-inherited/,
  )
  // o3: $2 in, $8 out (reasoning billed as output): 6,000 × 2/1e6 + 4,800 × 8/1e6 = $0.0504.
  await expect(gridCell(page, 'grid-steps', reasoningStep, 'callCost')).toHaveText('$0.0504')

  // The Overrides grid says what each scenario adds, in words.
  await openView(page, 'scenarios')
  await page.getByTestId('scenario-picker').selectOption(coaching)
  await expect
    .poll(() => overrideWords(page))
    .toEqual([
      'Added feature AI coaching',
      'Added model gpt-5-mini',
      'Added use of AI coaching to SMB teams · units per seat',
      'Added use of AI coaching to Mid-market · units per seat',
    ])
  await page.getByTestId('scenario-picker').selectOption(reasoning)
  await expect
    .poll(() => overrideWords(page))
    .toEqual(['Added model o3', 'Added step Reasoning pass to AI coaching'])

  // The three margins on screen are the CLI's, for the file as saved.
  const shown: Record<string, string> = {}
  for (const [label, id] of [
    ['Baseline', null],
    ['AI coaching', coaching],
    ['Reasoning', reasoning],
  ] as const) {
    await page.getByTestId('scenario-picker').selectOption(id ?? '')
    await openView(page, 'overview')
    const cliMargin = (await cliCompute(file, id)).portfolio.grossMarginPct
    if (cliMargin === null) throw new Error(`margin compute gives ${label} no margin`)
    const tile = page.getByTestId('kpi-margin')
    await expect(tile.locator('.kpi-tile__value')).toHaveText(pct(cliMargin))
    expect(await kpiValue(page, 'kpi-margin')).toBeCloseTo(cliMargin, 9)
    shown[label] = pct(cliMargin)
  }

  // Worked by hand: 775 seats at $299 with $35 of non-AI COGS each, plus per seat 60 calls of
  // $0.0031 (AI coaching) and of $0.0504 more (Reasoning).
  expect(shown).toEqual({ Baseline: '88.3%', 'AI coaching': '88.2%', Reasoning: '87.2%' })

  // The Compare table shows the same three margins side by side.
  await openView(page, 'scenarios')
  await page.getByTestId(`compare-${coaching}`).check()
  await page.getByTestId(`compare-${reasoning}`).check()
  const marginRow = page
    .getByTestId('compare-table')
    .locator('tbody tr', { has: page.locator('th:text-is("Gross margin")') })
  for (const [column, label] of ['Baseline', 'AI coaching', 'Reasoning'].entries()) {
    await expect(marginRow.locator('td').nth(column)).toContainText(shown[label] ?? '')
  }

  // The file holds the scenarios as inserts, and a baseline without any use of AI.
  const saved = await cliExportJson(file)
  expect(saved.features.map((f) => f.name)).toEqual([])
  expect(saved.cohorts.map((c) => [c.name, c.usage])).toEqual([
    ['SMB teams', []],
    ['Mid-market', []],
  ])
  const overridesOf = (id: string) => saved.scenarios.find((s) => s.id === id)?.overrides ?? []
  expect(overridesOf(reasoning)).toContainEqual({
    path: `features/${feature}/steps`,
    op: 'insert',
    value: {
      id: reasoningStep,
      name: 'Reasoning pass',
      callsPerUnit: 1,
      inputTokens: 6000,
      outputTokens: 800,
      reasoningTokens: 4000,
      mix: [{ modelId: 'o3', sharePct: 100 }],
    },
  })
  expect(
    overridesOf(coaching)
      .filter((o) => o.op === 'insert')
      .map((o) => o.path),
  ).toEqual(['features', 'models'])
  expect(saved.scenarios.find((s) => s.id === reasoning)?.parentId).toBe(coaching)

  // For people to review: where the scenarios add usage, a step and their overrides.
  for (const size of layoutSizes) {
    await page.setViewportSize(size)
    const at = `${size.width}x${size.height}`
    await page.getByTestId('scenario-picker').selectOption(coaching)
    await openView(page, 'pricing')
    await saveFullViewScreenshot(page, `sales-call-pricing-ai-coaching-${at}`)
    await openView(page, 'scenarios')
    await expect.poll(() => overrideWords(page)).toHaveLength(4)
    await saveFullViewScreenshot(page, `sales-call-overrides-ai-coaching-${at}`)

    await page.getByTestId('scenario-picker').selectOption(reasoning)
    await expect.poll(() => overrideWords(page)).toHaveLength(2)
    await saveFullViewScreenshot(page, `sales-call-overrides-reasoning-${at}`)
    await openView(page, 'features')
    await gridCell(page, 'grid-steps', reasoningStep, 'name').click()
    await expect(gridCell(page, 'grid-mix', '0', 'modelId')).toHaveText('o3')
    await saveFullViewScreenshot(page, `sales-call-features-reasoning-${at}`)
  }
  expect(pageProblems.messages).toEqual([])
})
