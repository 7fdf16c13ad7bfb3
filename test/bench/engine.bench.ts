/**
 * The engine's speed budgets (`npm run bench`): month-0 results for 10 scenarios, a scenario's
 * forecast and self-host comparison over 36 months, and one edit followed by a recompute, on a
 * workspace of 200 features × 4 steps × 5-model mixes and 20 cohorts. Exits 1 when a median misses
 * its budget. (d) repeats (c) in a scenario whose chain inserts and removes 20 entities (§4a).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { evaluateMonth, evaluateScenarios, timeline } from '../../shared/engine'
import { scenarioOverrides } from '../../shared/model/overrides'
import type { WorkspaceDoc } from '../../shared/model/types'
import { validateDocument } from '../../shared/model/validate'
import {
  BENCH_SCENARIO_IDS,
  STRUCTURAL_SCENARIO_ID,
  benchWorkspace,
  withStructuralChain,
} from './benchWorkspace'
import { budgetRow, printBudgetTable, sampleMs, verdict, type BudgetRow } from './measure'

const RUNS = 50
const WARMUP_RUNS = 10
const MEMORY_RUNS = 200
/** Heap growth tolerated after MEMORY_RUNS extra runs: allocator noise, not a leak. */
const MEMORY_TOLERANCE_BYTES = 2 * 1024 * 1024

const doc = benchWorkspace()
const datedChain = scenarioOverrides(doc, 's4')
const structural = withStructuralChain(doc)
const structuralValidation = validateDocument(structural)
if (!structuralValidation.ok) {
  throw new Error(`structural bench chain: ${JSON.stringify(structuralValidation.problems)}`)
}

function allScenariosAtMonth0(): void {
  evaluateScenarios(doc, BENCH_SCENARIO_IDS, 0)
}

function forecastAndSelfHost(): void {
  timeline(doc, datedChain)
}

let editCount = 0
/** A keystroke in the price grid: a new document sharing all else with `base`. */
function pricedEdit(base: WorkspaceDoc): WorkspaceDoc {
  editCount += 1
  const models = base.models.map((model, index) =>
    index !== 3
      ? model
      : {
          ...model,
          prices: model.prices.map((point, p) =>
            p === 0 ? { ...point, inputPerMTok: 1 + (editCount % 100) / 10 } : point,
          ),
        },
  )
  return { ...base, models }
}

/** What the store does on a keystroke: the edit, then month 0 recomputed. */
function editThenRecompute(): void {
  evaluateMonth(pricedEdit(doc), 0)
}

/** The same in a scenario whose chain inserts and removes 20 entities. */
function editThenRecomputeStructural(): void {
  const edited = pricedEdit(structural)
  evaluateMonth(edited, 0, scenarioOverrides(edited, STRUCTURAL_SCENARIO_ID))
}

/** Node only exposes gc() with --expose-gc; the flag can be set at run time for a new context. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  gc()
  gc()
}

const budgets = [
  { name: '(a) month 0, all 10 scenarios', task: allScenariosAtMonth0, budgetMs: 20 },
  { name: '(b) forecast + self-host, 36 months', task: forecastAndSelfHost, budgetMs: 50 },
  { name: '(c) one edit → month-0 recompute', task: editThenRecompute, budgetMs: 5 },
  {
    name: '(d) (c) under 20 structural overrides',
    task: editThenRecomputeStructural,
    budgetMs: 5,
  },
]

const rows: BudgetRow[] = []
for (const { name, task, budgetMs } of budgets) {
  rows.push(budgetRow(name, await sampleMs(task, { runs: RUNS, warmup: WARMUP_RUNS }), budgetMs))
}

collectGarbage()
const heapBefore = process.memoryUsage().heapUsed
for (let i = 0; i < MEMORY_RUNS; i++) for (const { task } of budgets) task()
collectGarbage()
const heapAfter = process.memoryUsage().heapUsed
const heapGrowth = heapAfter - heapBefore
const memoryPass = heapGrowth < MEMORY_TOLERANCE_BYTES

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`

console.log(
  `Engine bench: ${doc.features.length} features × 4 steps × 5-model mixes, ` +
    `${doc.cohorts.length} cohorts, ${doc.scenarios.length} scenarios, ${doc.horizonMonths} months, ` +
    `${RUNS} runs each\n`,
)
printBudgetTable(rows)
console.log(
  `\nheap used: ${mb(heapBefore)} before, ${mb(heapAfter)} after ${MEMORY_RUNS} more runs of each ` +
    `(growth ${mb(heapGrowth)}, tolerance ${mb(MEMORY_TOLERANCE_BYTES)})  ${verdict(memoryPass)}`,
)

if (rows.some((row) => !row.pass) || !memoryPass) process.exitCode = 1
