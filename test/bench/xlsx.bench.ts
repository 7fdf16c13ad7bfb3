/**
 * The XLSX export's budgets on the bench workspace (200 features × 4 steps × 5-model mixes, 20
 * cohorts, 36 months): writing the workbook takes under 5 s; LibreOffice opens and recalculates it
 * to the engine's numbers; and how long its recalculation takes against the engine computing the
 * same results. Exits 1 when the write misses its budget or the recalculated numbers differ.
 */
import { compute } from '../../shared/engine/compute'
import { writeWorkbook } from '../../electron/export/xlsx'
import { hasSoffice, recalculateAll } from '../integration/export/libreOffice'
import {
  closeTo,
  engineValues,
  mismatches,
  summaryOf,
  tableOf,
} from '../integration/export/xlsxReadBack'
import { benchWorkspace } from './benchWorkspace'
import { budgetRow, printBudgetTable, quantile, sampleMs, verdict } from './measure'

const WRITE_RUNS = 5
const ENGINE_RUNS = 50
const WRITE_BUDGET_MS = 5000

const doc = benchWorkspace()
const options = { scenarioId: null, month: 0 }

const writeRow = budgetRow(
  'write the workbook (writeWorkbook)',
  await sampleMs(() => writeWorkbook(doc, options), { runs: WRITE_RUNS, warmup: 1 }),
  WRITE_BUDGET_MS,
)
const bytes = await writeWorkbook(doc, options)
const engineMs = quantile(
  await sampleMs(() => compute(doc, options), { runs: ENGINE_RUNS, warmup: 5 }),
  0.5,
)

console.log(
  `XLSX bench: ${doc.features.length} features, ${doc.cohorts.length} cohorts, ${doc.horizonMonths} months; ` +
    `workbook ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB\n`,
)
printBudgetTable([writeRow])
let pass = writeRow.pass

if (!hasSoffice) {
  console.log('\nLibreOffice (soffice) is not installed: recalculation not measured')
} else {
  // soffice's own start-up, measured on an empty workbook, is not recalculation.
  const empty = await writeWorkbook(
    { ...doc, features: [], cohorts: [], models: [], plans: [], selfHost: [], scenarios: [] },
    options,
  )
  let start = performance.now()
  await recalculateAll(new Map([['empty', empty]]), ['Summary'])
  const startupMs = performance.now() - start
  start = performance.now()
  const books = await recalculateAll(new Map([['bench', bytes]]), ['Summary', 'Forecast'])
  const totalMs = performance.now() - start
  const book = books.get('bench')!
  const result = compute(doc, options)
  const wrong = mismatches(summaryOf(book), engineValues(doc, result, 0))
  const forecast = tableOf(book, 'Forecast')
  const wrongMonths = result.forecast.filter(
    (row, t) => !closeTo(forecast[t]?.get('COGS') ?? null, row.cogs),
  )
  const recalcMs = totalMs - startupMs
  const matches = wrong.length === 0 && wrongMonths.length === 0
  console.log(
    `\nLibreOffice open + recalculate + save as CSV: ${totalMs.toFixed(0)} ms ` +
      `(start-up alone ${startupMs.toFixed(0)} ms, so recalculation and I/O ≈ ${recalcMs.toFixed(0)} ms)`,
  )
  console.log(
    `engine compute (month 0 and the ${doc.horizonMonths}-month forecast): ${engineMs.toFixed(2)} ms`,
  )
  console.log(`LibreOffice / engine: ${(recalcMs / engineMs).toFixed(0)}×`)
  console.log(
    `recalculated values equal the engine (${summaryOf(book).size} Summary keys, ${forecast.length} months): ` +
      `${verdict(matches)}${matches ? '' : `\n  ${[...wrong, ...wrongMonths.map((m) => m.month)].slice(0, 10).join('\n  ')}`}`,
  )
  pass &&= matches
}

if (!pass) process.exitCode = 1
