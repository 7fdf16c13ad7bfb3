/**
 * The XLSX export with live formulas (DESIGN.md §6 "Reports"): input sheets hold the scenario's
 * values at the as-of month, result sheets compute §3 from them with formulas, and the first sheet,
 * Summary, lists the §5 results by key. Recalculated by a spreadsheet, the results equal the
 * engine's `compute`.
 */
import ExcelJS from 'exceljs'
import type { Workbook, Worksheet } from 'exceljs'
import { compute } from '../../../shared/engine/compute'
import { docAtMonth } from '../../../shared/engine/monthResult'
import { monthLabel } from '../../../shared/engine/months'
import { scenarioOverrides } from '../../../shared/model/overrides'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { callsTable, writeCalls } from './callsSheet'
import { cohortResultsTable, writeCohortResults } from './cohortResultsSheet'
import type { Tables, WorkbookContext } from './context'
import {
  allowancesTable,
  cohortsTable,
  plansTable,
  usageTable,
  writeAllowances,
  writeCohorts,
  writePlans,
  writeUsage,
} from './customerInputs'
import {
  componentsTable,
  featuresTable,
  mixTable,
  stepsTable,
  writeComponents,
  writeFeatures,
  writeMix,
  writeSteps,
} from './featureInputs'
import { featureResultsTable, writeFeatureResults } from './featureResultsSheet'
import { forecastPlan } from './forecastPlan'
import { forecastTable, writeForecast } from './forecastSheet'
import { linesTable, writeLines } from './linesSheet'
import { modelsTable, pricePeriodsTable, writeModels, writePricePeriods } from './modelSheets'
import { portfolioSheet, writePortfolio } from './portfolioSheet'
import { rowIndex } from './rowIndex'
import { TAB } from './styles'
import { writeSummary } from './summarySheet'
import { workspaceSheet, writeWorkspace } from './workspaceSheet'

export interface WorkbookOptions {
  scenarioId: string | null
  month: number
  onProgress?: (fraction: number) => void
}

function workbookContext(
  doc: WorkspaceDoc,
  { scenarioId, month }: WorkbookOptions,
): WorkbookContext {
  const overrides = scenarioOverrides(doc, scenarioId)
  const { forecast } = compute(doc, { scenarioId, month })
  const asOf = docAtMonth(doc, overrides, month)
  const index = rowIndex(asOf)
  const plan = forecastPlan(asOf, overrides, month, forecast.length)
  const asOfLabel = monthLabel(doc, month)
  const periods = plan.periods.length
  const tables: Tables = {
    workspace: workspaceSheet(),
    models: modelsTable(asOf.models.length, asOfLabel),
    pricePeriods: pricePeriodsTable((periods - 1) * asOf.models.length),
    features: featuresTable(asOf.features.length),
    steps: stepsTable(index.stepBlocks.reduce((sum, block) => sum + block.count, 0)),
    mix: mixTable(index.mixRows.length),
    components: componentsTable(index.componentBlocks.reduce((sum, block) => sum + block.count, 0)),
    plans: plansTable(asOf.plans.length),
    allowances: allowancesTable(index.allowances.length),
    cohorts: cohortsTable(asOf.cohorts.length),
    usage: usageTable(index.usageRows.length),
    calls: callsTable(index.mixRows.length, periods),
    lines: linesTable(index.usageRows.length, periods),
    featureResults: featureResultsTable(asOf.features.length),
    cohortResults: cohortResultsTable(asOf.cohorts.length, periods),
    portfolio: portfolioSheet(),
    forecast: forecastTable(plan, asOfLabel),
  }
  const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId)
  return {
    doc: asOf,
    scenarioLabel: scenario ? `scenario ${scenario.name} (${scenario.id})` : 'baseline',
    month,
    asOfLabel,
    index,
    plan,
    engineForecast: forecast,
    tables,
  }
}

type SheetWriter = (workbook: Workbook, sheet: Worksheet, ctx: WorkbookContext) => void

interface SheetPlan {
  name: string
  tab: string
  write: SheetWriter
  /** False for a sheet with nothing to show (no price changes, no allowances). */
  present?: (ctx: WorkbookContext) => boolean
}

const inTable =
  (write: (sheet: Worksheet, ctx: WorkbookContext) => void): SheetWriter =>
  (_workbook, sheet, ctx) =>
    write(sheet, ctx)

/** In tab order: Summary first, then results, inputs, and the workings last. */
const SHEETS: SheetPlan[] = [
  { name: 'Summary', tab: TAB.summary, write: writeSummary },
  { name: 'Portfolio', tab: TAB.result, write: writePortfolio },
  { name: 'Feature results', tab: TAB.result, write: inTable(writeFeatureResults) },
  { name: 'Cohort results', tab: TAB.result, write: inTable(writeCohortResults) },
  { name: 'Forecast', tab: TAB.result, write: inTable(writeForecast) },
  { name: 'Workspace', tab: TAB.input, write: writeWorkspace },
  { name: 'Models', tab: TAB.input, write: inTable(writeModels) },
  {
    name: 'Price periods',
    tab: TAB.input,
    write: inTable(writePricePeriods),
    present: (ctx) => ctx.tables.pricePeriods.rowCount > 0,
  },
  { name: 'Features', tab: TAB.input, write: inTable(writeFeatures) },
  { name: 'Steps', tab: TAB.input, write: inTable(writeSteps) },
  { name: 'Mix', tab: TAB.input, write: inTable(writeMix) },
  { name: 'Components', tab: TAB.input, write: inTable(writeComponents) },
  { name: 'Plans', tab: TAB.input, write: inTable(writePlans) },
  {
    name: 'Allowances',
    tab: TAB.input,
    write: inTable(writeAllowances),
    present: (ctx) => ctx.tables.allowances.rowCount > 0,
  },
  { name: 'Cohorts', tab: TAB.input, write: inTable(writeCohorts) },
  { name: 'Usage', tab: TAB.input, write: inTable(writeUsage) },
  { name: 'Calls', tab: TAB.working, write: inTable(writeCalls) },
  { name: 'Lines', tab: TAB.working, write: inTable(writeLines) },
]

/**
 * The lowest deflate level: the formula text repeats so much that it still shrinks ~15×, in about
 * a third of the default level's time (the zip step is most of a large workbook's write).
 */
const FAST_DEFLATE = { compression: 'DEFLATE', compressionOptions: { level: 1 } } as const

/** Share of the progress bar spent writing sheets; the rest is zipping the file. */
const SHEETS_SHARE = 0.7

/** `doc` must be valid (validate first); throws on an unknown scenario. */
export async function writeWorkbook(
  doc: WorkspaceDoc,
  options: WorkbookOptions,
): Promise<Uint8Array> {
  const ctx = workbookContext(doc, options)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'AI Margin Planner'
  // Formulas carry no cached results: a spreadsheet computes every value when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true
  const sheets = SHEETS.filter((plan) => plan.present?.(ctx) ?? true)
  sheets.forEach((plan, i) => {
    const sheet = workbook.addWorksheet(plan.name, { properties: { tabColor: { argb: plan.tab } } })
    plan.write(workbook, sheet, ctx)
    options.onProgress?.((SHEETS_SHARE * (i + 1)) / sheets.length)
  })
  const buffer = await workbook.xlsx.writeBuffer({ zip: FAST_DEFLATE } as ExcelJS.XlsxWriteOptions)
  options.onProgress?.(1)
  return new Uint8Array(buffer as ArrayBuffer)
}
