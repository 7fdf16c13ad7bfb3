/**
 * Summary, the first sheet: one key per row (the §5 result path, e.g. `features.<id>.costPerUnit`),
 * its value as a formula on the result sheets, and a label. Blank where the engine has null.
 */
import type { Workbook, Worksheet } from 'exceljs'
import { formula } from './cells'
import type { WorkbookContext } from './context'
import type { CohortResultKey } from './cohortResultsSheet'
import type { FeatureResultKey } from './featureResultsSheet'
import { KeyValueSheet, type KeyValueRow } from './keyValue'
import { LAYER_KEYS } from './portfolioSheet'
import { FORMAT } from './styles'
import type { WorkspaceDoc } from '../../../shared/model/types'

interface Field<K> {
  key: K
  label: string
  format?: string
}

const PORTFOLIO_FIELDS: Field<string>[] = [
  { key: 'revenue', label: 'revenue', format: FORMAT.money },
  { key: 'cogs', label: 'COGS', format: FORMAT.money },
  { key: 'grossProfit', label: 'gross profit', format: FORMAT.money },
  { key: 'grossMarginPct', label: 'gross margin %', format: FORMAT.pct },
  { key: 'aiCogs', label: 'AI COGS', format: FORMAT.money },
  { key: 'aiCogsPctOfRevenue', label: 'AI COGS % of revenue', format: FORMAT.pct },
  { key: 'floorPct', label: 'floor %', format: FORMAT.pct },
  { key: 'zone', label: 'zone' },
]

const FEATURE_FIELDS: Field<FeatureResultKey>[] = [
  { key: 'units', label: 'units', format: FORMAT.count },
  { key: 'revenue', label: 'revenue', format: FORMAT.money },
  { key: 'cogs', label: 'COGS', format: FORMAT.money },
  { key: 'grossProfit', label: 'gross profit', format: FORMAT.money },
  { key: 'grossMarginPct', label: 'gross margin %', format: FORMAT.pct },
  { key: 'floorPct', label: 'floor %', format: FORMAT.pct },
  { key: 'zone', label: 'zone' },
  { key: 'revenuePerUnit', label: 'revenue per unit', format: FORMAT.unitMoney },
  { key: 'costPerUnit', label: 'cost per unit', format: FORMAT.unitMoney },
  { key: 'costPerUnitP95', label: 'P95 cost per unit', format: FORMAT.unitMoney },
  { key: 'p95MarginPct', label: 'P95 margin %', format: FORMAT.pct },
  { key: 'breakevenPriceAtFloor', label: 'breakeven price at floor', format: FORMAT.unitMoney },
  { key: 'breakevenPriceAtZero', label: 'breakeven price at 0% margin', format: FORMAT.unitMoney },
  { key: 'breakevenUnits', label: 'breakeven units', format: FORMAT.count },
  {
    key: 'variableCostPerUnit',
    label: 'variable cost per unit at token scale 1',
    format: FORMAT.unitMoney,
  },
  { key: 'inference', label: 'inference COGS', format: FORMAT.money },
  { key: 'hidden', label: 'hidden COGS', format: FORMAT.money },
  { key: 'fixed', label: 'fixed COGS', format: FORMAT.money },
]

/** Feature result columns whose Summary key is `features.<id>.layers.<layer>`. */
const FEATURE_LAYER_FIELDS = new Set<FeatureResultKey>(['inference', 'hidden', 'fixed'])

const COHORT_FIELDS: Field<CohortResultKey>[] = [
  { key: 'customers', label: 'customers', format: FORMAT.fraction },
  { key: 'seats', label: 'seats', format: FORMAT.fraction },
  { key: 'revenue', label: 'revenue', format: FORMAT.money },
  { key: 'cogs', label: 'COGS', format: FORMAT.money },
  { key: 'grossMarginPct', label: 'gross margin %', format: FORMAT.pct },
  { key: 'costToRevenue', label: 'cost to revenue', format: FORMAT.fraction },
  { key: 'revenuePerCustomer', label: 'revenue per customer', format: FORMAT.fraction },
  { key: 'revenuePerSeat', label: 'revenue per seat', format: FORMAT.fraction },
  { key: 'cogsPerSeat', label: 'COGS per seat', format: FORMAT.fraction },
  { key: 'aiCogsPerSeat', label: 'AI COGS per seat', format: FORMAT.fraction },
  { key: 'zone', label: 'zone' },
]

const CONVERSION: Field<CohortResultKey> = {
  key: 'conversionBreakevenCustomers',
  label: 'conversions needed to pay for its COGS',
  format: FORMAT.count,
}

const featureKey = (id: string, field: FeatureResultKey) =>
  `features.${id}.${FEATURE_LAYER_FIELDS.has(field) ? `layers.${field}` : field}`

const converts = (doc: WorkspaceDoc, planId: string) =>
  doc.plans.find((plan) => plan.id === planId)?.convertsToPlanId !== undefined

/** Every Summary row: key, the reference its formula reads, label and format. */
function summaryRows(ctx: WorkbookContext): KeyValueRow[] {
  const { doc, tables } = ctx
  const row = (key: string, ref: string, label: string, format?: string): KeyValueRow => ({
    key,
    value: formula(ref),
    label,
    ...(format ? { format } : {}),
  })
  return [
    ...PORTFOLIO_FIELDS.map((field) =>
      row(
        `portfolio.${field.key}`,
        tables.portfolio.ref(field.key),
        `Portfolio ${field.label}`,
        field.format,
      ),
    ),
    ...LAYER_KEYS.map((layer) =>
      row(
        `layers.${layer}`,
        tables.portfolio.ref(`layers.${layer}`),
        `COGS layer: ${layer}`,
        FORMAT.money,
      ),
    ),
    ...doc.features.flatMap((feature, f) =>
      FEATURE_FIELDS.map((field) =>
        row(
          featureKey(feature.id, field.key),
          tables.featureResults.ref(field.key, f),
          `${feature.name}: ${field.label}`,
          field.format,
        ),
      ),
    ),
    ...doc.cohorts.flatMap((cohort, c) =>
      [...COHORT_FIELDS, ...(converts(doc, cohort.planId) ? [CONVERSION] : [])].map((field) =>
        row(
          `cohorts.${cohort.id}.${field.key}`,
          tables.cohortResults.ref(field.key, c),
          `${cohort.name}: ${field.label}`,
          field.format,
        ),
      ),
    ),
    ...doc.models.map((model, m) =>
      row(
        `cacheBreakevenReuse.${model.id}`,
        tables.models.ref('cacheBreakeven', m),
        `${model.name}: prompt-cache breakeven reuse (calls per cache write)`,
        FORMAT.fraction,
      ),
    ),
  ]
}

export function writeSummary(workbook: Workbook, sheet: Worksheet, ctx: WorkbookContext): void {
  const rows = summaryRows(ctx)
  const summary = new KeyValueSheet(
    'Summary',
    `${ctx.doc.name}: ${ctx.scenarioLabel}, as of month ${ctx.month} (${ctx.asOfLabel}). Every value is a formula over the input sheets; change an input and it recalculates. Blank: no value (e.g. a margin without revenue).`,
    ['Key', 'Value', 'What it is'],
    rows.map((row) => row.key),
  )
  summary.write(workbook, sheet, rows)
}
