/**
 * `margin levers` (DESIGN.md §12) through the CLI: the workspace's levers and its kept backlog,
 * ranked in dollars, each lever's figure the very sum `margin compare` gives for a scenario made
 * of it, and flags refused naming themselves.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { LeverEvaluation } from '../../../shared/backlog'
import type { BacklogItem, Scenario, WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'
import { margin } from './runMargin'

const tempDir = useTempDirs()
// Each CLI run starts Node under tsx, a second or more on a busy machine, and some tests make several.
vi.setConfig({ testTimeout: 60_000 })

interface LeversJson {
  scenarioId: string | null
  month: string
  levers: LeverEvaluation[]
  backlog: { item: BacklogItem; evaluation: Omit<LeverEvaluation, 'lever'> }[]
}

function writeDoc(doc: WorkspaceDoc, name = 'workspace.json'): string {
  const file = join(tempDir(), name)
  writeFileSync(file, JSON.stringify(doc))
  return file
}

async function leversOf(file: string, ...flags: string[]): Promise<LeversJson> {
  const run = await margin('levers', file, '--json', ...flags)
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as LeversJson
}

/** Gross profit by column (the baseline first) at one month, as `margin compare` prints it. */
async function comparedGrossProfit(file: string, ids: string[], month: number) {
  const run = await margin('compare', file, '--scenarios', ids.join(','), '--month', String(month))
  expect(run.code).toBe(0)
  const { columns } = JSON.parse(run.stdout) as {
    columns: { result: { portfolio: { grossProfit: number } } }[]
  }
  return columns.map((column) => column.result.portfolio.grossProfit)
}

describe('margin levers --json', () => {
  it("routing complex·loop to gpt-4o-mini is worth exactly what margin compare's months 0..2 add up to", async () => {
    const doc = exampleDocument('support-agent.json')
    const { levers, scenarioId, month } = await leversOf(writeDoc(doc))
    expect(scenarioId).toBeNull()
    expect(month).toBe('2026-12')
    const routes = levers.filter((evaluation) =>
      evaluation.lever.id.startsWith('route:complex/loop:gpt-4o>gpt-4o-mini:'),
    )
    expect(routes.map((evaluation) => evaluation.lever.id).sort()).toEqual([
      'route:complex/loop:gpt-4o>gpt-4o-mini:100',
      'route:complex/loop:gpt-4o>gpt-4o-mini:25',
      'route:complex/loop:gpt-4o>gpt-4o-mini:50',
    ])
    // Each lever as a scenario of its own on the baseline: no parent, the lever's overrides.
    const scenarios: Scenario[] = routes.map((evaluation, index) => ({
      id: `lever-${index}`,
      name: evaluation.lever.title,
      overrides: evaluation.lever.overrides,
    }))
    const file = writeDoc(
      { ...doc, scenarios: [...doc.scenarios, ...scenarios] },
      'with-levers.json',
    )
    const ids = scenarios.map((scenario) => scenario.id)
    const months = await Promise.all([0, 1, 2].map((t) => comparedGrossProfit(file, ids, t)))
    routes.forEach((evaluation, index) => {
      // Month by month, in order, as the lever's own sum is taken.
      let delta = 0
      for (const [baseline, ...withLevers] of months) delta += withLevers[index]! - baseline!
      expect(evaluation.lever.needsQualityCheck).toBe(true)
      expect(evaluation.deltaGrossProfitQuarter, evaluation.lever.id).toBe(delta)
    })
  })

  it('ranks the levers by Δ gross profit over the quarter, most dollars first', async () => {
    const { levers } = await leversOf(writeDoc(exampleDocument('support-agent.json')))
    expect(levers.length).toBeGreaterThan(3)
    const gains = levers.map((evaluation) => evaluation.deltaGrossProfitQuarter)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
  })

  it('evaluates the kept backlog the same way, with its one-off cost and stale items named', async () => {
    const doc: WorkspaceDoc = {
      ...exampleDocument('support-agent.json'),
      backlog: [
        {
          id: 'mini',
          title: 'Route complex tickets to the small model',
          overrides: [
            { path: 'features/complex/steps/loop/mix/gpt-4o-mini', op: 'set', value: 50 },
          ],
          status: 'planned',
          oneOffCost: 8000,
        },
        {
          id: 'stale',
          title: 'Cache the old triage step',
          overrides: [{ path: 'features/complex/steps/triage/callsPerUnit', op: 'set', value: 1 }],
          status: 'idea',
        },
      ],
    }
    const file = writeDoc(doc)
    const { backlog, levers } = await leversOf(file, '--scenario', 'fire-drill', '--month', '1')
    expect(backlog.map((entry) => entry.item)).toEqual(doc.backlog)
    const [mini, stale] = backlog
    const sameLever = levers.find(
      (evaluation) => evaluation.lever.id === 'route:complex/loop:gpt-4o>gpt-4o-mini:50',
    )!
    expect(mini!.evaluation.deltaGrossProfitQuarter).toBe(sameLever.deltaGrossProfitQuarter)
    expect(mini!.evaluation.paybackMonths).toBe(1)
    expect(stale!.evaluation.error).toMatch(/triage/)

    const table = await margin('levers', file, '--scenario', 'fire-drill', '--month', '1')
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('OpenAI doubles prices: levers ranked')
    expect(table.stdout).toContain('from 2027-01')
    expect(table.stdout).toMatch(/^1\. .+ {2}\+[\d,]+\.\d\d {2}/m)
    expect(table.stdout).toContain('Kept in the backlog')
    expect(table.stdout).toMatch(
      /^1\. Route complex tickets to the small model .+planned +1 month$/m,
    )
    expect(table.stdout).toContain('Not evaluated: Cache the old triage step: ')
  })
})

describe('margin levers', () => {
  it.each([
    [['--scenario', 'ghost'], /^--scenario: no scenario 'ghost'/],
    [['--month', '999'], /^--month: '999' is not a month of the forecast/],
  ])('refuses %j with exit 2, naming the flag', async (flags, message) => {
    const run = await margin('levers', writeDoc(exampleDocument('support-agent.json')), ...flags)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
  })
})
