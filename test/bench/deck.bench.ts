/**
 * The board deck's speed budget: building the report with the engine and writing the PPTX (every
 * chart with its embedded workbook) for the demo workspace, every scenario compared, under 3 s.
 * Prints the median and the slowest run; exits 1 when the slowest misses the budget.
 */
import { readFileSync } from 'node:fs'
import { writeDeck } from '../../electron/export/pptx'
import type { WorkspaceDoc } from '../../shared/model/types'
import { buildBoardReport } from '../../shared/report/boardReport'
import { DEMO_PATH } from '../fixtures/paths'
import { budgetRow, printBudgetTable, sampleMs, verdict } from './measure'

const RUNS = 10
const WARMUP_RUNS = 2
const BUDGET_MS = 3000

const demo = JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc

async function reportAndDeck(): Promise<Uint8Array> {
  const report = buildBoardReport(demo, {
    scenarioId: null,
    compare: [null, ...demo.scenarios.map((scenario) => scenario.id)],
    month: 0,
    generatedOn: '2026-03-05',
  })
  return writeDeck(report)
}

const samples = await sampleMs(reportAndDeck, { runs: RUNS, warmup: WARMUP_RUNS })
const row = budgetRow('demo workspace: report + PPTX deck', samples, BUDGET_MS)
const slowest = samples[samples.length - 1] ?? Number.NaN
const slowestPass = slowest < BUDGET_MS

console.log(
  `Deck bench: ${demo.name}, ${demo.scenarios.length + 1} scenarios compared, ${RUNS} runs\n`,
)
printBudgetTable([row])
console.log(`\nslowest run: ${slowest.toFixed(2)} ms  < ${BUDGET_MS} ms  ${verdict(slowestPass)}`)

if (!row.pass || !slowestPass) process.exitCode = 1
