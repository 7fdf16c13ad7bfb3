/**
 * The Monte Carlo engine's budgets (DESIGN.md §11): (a) 10,000 draws of the demo workspace with
 * eight realistic ranges (a group of two among them) over its whole 24-month forecast, under 2 s;
 * (b) 10,000 draws at month 0 of the 200-feature bench workspace with ten ranges, under 10 s.
 * Prints draws per second; exits 1 when a median misses its budget.
 */
import { readFileSync } from 'node:fs'
import type { Range, WorkspaceDoc } from '../../shared/model/types'
import { validateDocument } from '../../shared/model/validate'
import { simulate } from '../../shared/simulation'
import type { SimulationOptions } from '../../shared/simulation/types'
import { DEMO_PATH } from '../fixtures/paths'
import { benchWorkspace } from './benchWorkspace'
import { budgetRow, printBudgetTable, quantile, sampleMs, type BudgetRow } from './measure'

const DRAWS = 10_000
const RUNS = 5
const WARMUP_RUNS = 1

const demoRanges: Range[] = [
  {
    path: 'features/support-agent/steps/resolve/inputTokens',
    low: 9000,
    likely: 14000,
    high: 22000,
    shape: 'pert',
  },
  {
    path: 'features/support-agent/steps/resolve/callsPerUnit',
    low: 4,
    likely: 6,
    high: 9,
    shape: 'triangular',
  },
  {
    path: 'features/support-agent/pricePerUnit',
    low: 0.79,
    likely: 0.99,
    high: 1.29,
    shape: 'uniform',
  },
  { path: 'cohorts/smb/monthlyGrowthPct', low: 0, likely: 3, high: 7, shape: 'pert' },
  {
    path: 'models/provider:openai/prices/*/inputPerMTok',
    low: 0.1,
    likely: 2.5,
    high: 5,
    shape: 'lognormal',
  },
  { path: 'plans/team/seatPrice', low: 39, likely: 49, high: 59, shape: 'pert' },
  {
    path: 'cohorts/heavy/usage/reply-drafting/unitsPerSeat',
    low: 300,
    likely: 450,
    high: 700,
    shape: 'pert',
    group: 'heavy-usage',
  },
  {
    path: 'cohorts/heavy/usage/ticket-summary/unitsPerSeat',
    low: 250,
    likely: 400,
    high: 600,
    shape: 'pert',
    group: 'heavy-usage',
  },
]

const benchRanges: Range[] = [
  {
    path: 'features/feature-1/steps/step-0/inputTokens',
    low: 5000,
    likely: 15000,
    high: 30000,
    shape: 'pert',
  },
  {
    path: 'features/feature-2/steps/*/outputTokens',
    low: 200,
    likely: 800,
    high: 2000,
    shape: 'triangular',
  },
  { path: 'features/feature-3/pricePerUnit', low: 0.5, likely: 1, high: 2, shape: 'uniform' },
  { path: 'features/*/retryRatePct', low: 0, likely: 3, high: 10, shape: 'pert' },
  {
    path: 'features/feature-7/steps/step-0/mix/model-3',
    low: 10,
    likely: 20,
    high: 60,
    shape: 'pert',
  },
  {
    path: 'models/provider:openai/prices/*/inputPerMTok',
    low: 1,
    likely: 5,
    high: 12,
    shape: 'lognormal',
  },
  { path: 'cohorts/cohort-0/monthlyGrowthPct', low: -2, likely: 2, high: 8, shape: 'pert' },
  { path: 'plans/team/seatPrice', low: 25, likely: 30, high: 40, shape: 'pert' },
  {
    path: 'cohorts/cohort-3/usage/*/unitsPerSeat',
    low: 50,
    likely: 100,
    high: 250,
    shape: 'pert',
    group: 'heavy',
  },
  {
    path: 'cohorts/cohort-4/customers',
    low: 500,
    likely: 1000,
    high: 3000,
    shape: 'pert',
    group: 'heavy',
  },
]

function withRanges(doc: WorkspaceDoc, ranges: Range[]): WorkspaceDoc {
  const ranged = { ...doc, ranges }
  const validation = validateDocument(ranged)
  if (!validation.ok) throw new Error(`bench ranges: ${JSON.stringify(validation.problems)}`)
  return ranged
}

const demo = withRanges(JSON.parse(readFileSync(DEMO_PATH, 'utf8')) as WorkspaceDoc, demoRanges)
const large = withRanges(benchWorkspace(), benchRanges)

const budgets: {
  name: string
  doc: WorkspaceDoc
  options: Partial<SimulationOptions>
  budgetMs: number
}[] = [
  {
    name: `(a) demo, ${DRAWS} draws, 24-month forecast`,
    doc: demo,
    options: { draws: DRAWS, seed: 1 },
    budgetMs: 2000,
  },
  {
    name: `(b) 200 features, ${DRAWS} draws, month 0`,
    doc: large,
    // Month 0 alone: the fan of a 36-month horizon would evaluate each draw 36 times.
    options: { draws: DRAWS, seed: 1, forecast: false },
    budgetMs: 10_000,
  },
]

/** This process's CPU milliseconds (user + system) since `start`. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const rows: BudgetRow[] = []
const cpuMedians: number[] = []
for (const { name, doc, options, budgetMs } of budgets) {
  const cpuMs: number[] = []
  const run = () => {
    const start = process.cpuUsage()
    simulate(doc, options)
    cpuMs.push(cpuMsSince(start))
  }
  rows.push(budgetRow(name, await sampleMs(run, { runs: RUNS, warmup: WARMUP_RUNS }), budgetMs))
  cpuMedians.push(
    quantile(
      cpuMs.slice(WARMUP_RUNS).sort((a, b) => a - b),
      0.5,
    ),
  )
}

console.log(`Simulation bench: ${RUNS} runs each\n`)
printBudgetTable(rows)
// CPU time beside wall time: on a busy machine, wall time also counts what other processes took.
console.log('')
rows.forEach((row, i) => {
  const drawsPerSecond = Math.round((DRAWS / row.median) * 1000)
  const cpu = `${cpuMedians[i]!.toFixed(0)} ms CPU (median)`
  console.log(`${row.name.padEnd(46)}${`${drawsPerSecond} draws/s`.padStart(16)}   ${cpu}`)
})

if (rows.some((row) => !row.pass)) process.exitCode = 1
