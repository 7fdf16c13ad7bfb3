/**
 * The margin backlog's budget (DESIGN.md §12): every candidate lever of the demo workspace
 * proposed and evaluated over its quarter, on the baseline and under the demo's deepest scenario
 * chain (two scenarios, one override dated). Exits 1 when a median misses 1 s.
 */
import { readFileSync } from 'node:fs'
import { candidateLevers, evaluateLevers } from '../../shared/backlog'
import type { WorkspaceDoc } from '../../shared/model/types'
import { DEMO_PATH } from '../fixtures/paths'
import { budgetRow, printBudgetTable, sampleMs, type BudgetRow } from './measure'

const RUNS = 30
const WARMUP_RUNS = 5
const BUDGET_MS = 1000

const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc

const proposeAndEvaluate = (scenarioId: string | null) => () =>
  evaluateLevers(demo, scenarioId, candidateLevers(demo, scenarioId))

const rows: BudgetRow[] = []
const counts: string[] = []
for (const scenarioId of [null, 'price-increase']) {
  const name = scenarioId ?? 'baseline'
  counts.push(`${name} ${proposeAndEvaluate(scenarioId)().length}`)
  const samples = await sampleMs(proposeAndEvaluate(scenarioId), {
    runs: RUNS,
    warmup: WARMUP_RUNS,
  })
  rows.push(budgetRow(`backlog: propose + evaluate, ${name}`, samples, BUDGET_MS))
}

console.log(`\nBacklog bench: demo workspace, levers proposed: ${counts.join(', ')}\n`)
printBudgetTable(rows)
if (rows.some((row) => !row.pass)) process.exitCode = 1
