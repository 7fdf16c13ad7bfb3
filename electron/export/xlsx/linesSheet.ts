/**
 * Lines: one row per usage line (cohort × feature), DESIGN.md §3 "Variable cost per unit" and
 * "Cohorts at month t" at the line's own token scale: units, cost per unit by layer, allocated
 * fixed cost, usage and overage revenue, and the share of the cohort's AI subscription revenue.
 * The per-seat columns at the end feed the Forecast.
 */
import type { Worksheet } from 'exceljs'
import { formula, writeTable, type RowValues } from './cells'
import type { WorkbookContext } from './context'
import { periodCells, type CallsKey } from './callsSheet'
import { scaledCallsFormula } from './callCostFormulas'
import { FORMAT } from './styles'
import { Table, type ColumnSpec } from './table'

type TokenField = 'tokApi' | 'tokSelf'
type BaseKey =
  | 'cohort'
  | 'feature'
  | 'featureNo'
  | 'units'
  | 'tokenCost'
  | 'inferencePerUnit'
  | 'hiddenPerUnit'
  | 'variablePerUnit'
  | 'variableCost'
  | 'fixedCost'
  | 'usageRevenue'
  | 'overage'
  | 'weight'
  | 'attributed'
  | 'revenue'
  | 'inferenceCost'
  | 'hiddenCost'
  | 'tokenWeightPerSeat'
  | 'nonTokenPerSeat'
  | 'revenuePerSeat'
export type LinesKey = BaseKey | `${TokenField}@${number}`

export const tokenKey = (field: TokenField, period: number): LinesKey => `${field}@${period}`

const unit = FORMAT.unitMoney
const money = FORMAT.money

function tokenColumns(period: number): ColumnSpec<LinesKey>[] {
  const when = period === 0 ? 'as-of prices' : `period ${period} prices`
  const note =
    "Σ over the feature's Calls rows of calls × share × cost of one call with this line's token scale, at undeclined prices, before cache hits and retries."
  return [
    { key: tokenKey('tokApi', period), header: `API tokens $/unit (${when})`, format: unit, note },
    {
      key: tokenKey('tokSelf', period),
      header: `Self-hosted tokens $/unit (${when})`,
      format: unit,
      note,
    },
  ]
}

export function linesTable(rowCount: number, periods: number): Table<LinesKey> {
  return new Table<LinesKey>(
    'Lines',
    'Workings. One row per cohort × feature at the as-of month: units, cost per unit, fixed cost, revenue and attributed subscription.',
    [
      { key: 'cohort', header: 'Cohort id' },
      { key: 'feature', header: 'Feature id' },
      {
        key: 'featureNo',
        header: 'Feature row',
        format: FORMAT.count,
        note: 'Row of the feature on Features (1 = first): what Feature results sums by.',
      },
      { key: 'units', header: 'Units', format: FORMAT.count, note: 'seats × units per seat' },
      ...Array.from({ length: periods }, (_, p) => tokenColumns(p)).flat(),
      {
        key: 'tokenCost',
        header: 'Token cost per unit',
        format: unit,
        note: '(1 − response cache hit/100) × (1 + retry rate/100) × (DeclineFactorAsOf × API tokens + self-hosted tokens)',
      },
      {
        key: 'inferencePerUnit',
        header: 'Inference per unit',
        format: unit,
        note: 'token cost + inference components',
      },
      {
        key: 'hiddenPerUnit',
        header: 'Hidden per unit',
        format: unit,
        note: 'hidden cost %/100 × (inference + orchestration + infrastructure + support)',
      },
      { key: 'variablePerUnit', header: 'Variable cost per unit', format: unit },
      {
        key: 'variableCost',
        header: 'Variable cost',
        format: money,
        note: 'units × variable cost per unit',
      },
      {
        key: 'fixedCost',
        header: 'Allocated fixed cost',
        format: money,
        note: "The feature's fixed monthly cost × this line's share of its units (0 when the feature has no units).",
      },
      { key: 'usageRevenue', header: 'Usage revenue', format: money },
      {
        key: 'overage',
        header: 'Overage revenue',
        format: money,
        note: 'seats × MAX(0, units per seat − included) × overage price, only when the plan has both.',
      },
      {
        key: 'weight',
        header: 'Attribution weight',
        format: FORMAT.fraction,
        note: 'usage: units × calls per unit; cost: variable + allocated fixed cost; equal: 1 when the line has units.',
      },
      {
        key: 'attributed',
        header: 'Attributed AI subscription',
        format: money,
        note: "AI subscription × weight / the cohort's total weight; when all weights are 0, split equally among lines with units.",
      },
      { key: 'revenue', header: 'Revenue', format: money },
      { key: 'inferenceCost', header: 'Inference cost', format: money },
      { key: 'hiddenCost', header: 'Hidden cost', format: money },
      {
        key: 'tokenWeightPerSeat',
        header: 'Token $ multiplier per seat',
        format: FORMAT.fraction,
        note: 'units per seat × (1 + hidden/100) × (1 − cache hit/100) × (1 + retry/100): for the Forecast.',
      },
      {
        key: 'nonTokenPerSeat',
        header: 'Component cost per seat',
        format: unit,
        note: 'units per seat × (1 + hidden/100) × per-unit components: for the Forecast.',
      },
      { key: 'revenuePerSeat', header: 'Usage + overage revenue per seat', format: unit },
    ],
    rowCount,
  )
}

export function writeLines(sheet: Worksheet, ctx: WorkbookContext): void {
  const { lines, usage, features, featureResults, cohortResults, plans, allowances, calls } =
    ctx.tables
  writeTable(
    sheet,
    lines,
    (row): RowValues<LinesKey> => {
      const line = ctx.index.usageRows[row]!
      const at = (key: LinesKey) => lines.local(key, row)
      const f = line.feature
      const feature = (key: Parameters<typeof features.ref>[0]) => features.ref(key, f)
      const result = (key: Parameters<typeof featureResults.ref>[0]) => featureResults.ref(key, f)
      const cohort = (key: Parameters<typeof cohortResults.ref>[0]) =>
        cohortResults.ref(key, line.cohort)
      const plan = plans.ref(
        'attribution',
        ctx.index.planRow.get(ctx.doc.cohorts[line.cohort]!.planId)!,
      )
      const ups = usage.ref('unitsPerSeat', row)
      const components = [
        'compInference',
        'compOrchestration',
        'compInfrastructure',
        'compSupport',
      ] as const
      const [inf, orch, infra, support] = components.map((key) => result(key))
      const overagePerSeat =
        line.allowance === null
          ? '0'
          : (() => {
              const included = allowances.ref('includedUnits', line.allowance)
              const price = allowances.ref('overagePrice', line.allowance)
              return `IF(AND(ISNUMBER(${included}),ISNUMBER(${price})),MAX(0,${ups}-${included})*${price},0)`
            })()
      const values: Partial<RowValues<LinesKey>> = {
        cohort: ctx.doc.cohorts[line.cohort]!.id,
        feature: ctx.doc.features[f]!.id,
        featureNo: f + 1,
        units: formula(`${cohort('seats')}*${ups}`),
        tokenCost: formula(
          `(1-${feature('responseCacheHitPct')}/100)*(1+${feature('retryRatePct')}/100)*` +
            `(DeclineFactorAsOf*${at(tokenKey('tokApi', 0))}+${at(tokenKey('tokSelf', 0))})`,
        ),
        inferencePerUnit: formula(`${at('tokenCost')}+${inf}`),
        hiddenPerUnit: formula(
          `${feature('hiddenCostPct')}/100*(${at('inferencePerUnit')}+${orch}+${infra}+${support})`,
        ),
        variablePerUnit: formula(
          `${at('inferencePerUnit')}+${orch}+${infra}+${support}+${at('hiddenPerUnit')}`,
        ),
        variableCost: formula(`${at('units')}*${at('variablePerUnit')}`),
        fixedCost: formula(
          `IF(${result('units')}>0,${result('fixed')}*(${at('units')}/${result('units')}),0)`,
        ),
        usageRevenue: formula(`${at('units')}*${feature('pricePerUnit')}`),
        overage: formula(`${cohort('seats')}*${overagePerSeat}`),
        weight: formula(
          `IF(${plan}="usage",${at('units')}*${result('callsPerUnit')},` +
            `IF(${plan}="cost",${at('variableCost')}+${at('fixedCost')},IF(${at('units')}>0,1,0)))`,
        ),
        attributed: formula(
          `IF(${cohort('weightSum')}>0,${cohort('aiSubscription')}*${at('weight')}/${cohort('weightSum')},` +
            `IF(AND(${cohort('featuresUsed')}>0,${at('units')}>0),${cohort('aiSubscription')}/${cohort('featuresUsed')},0))`,
        ),
        revenue: formula(`${at('usageRevenue')}+${at('overage')}+${at('attributed')}`),
        inferenceCost: formula(`${at('units')}*${at('inferencePerUnit')}`),
        hiddenCost: formula(`${at('units')}*${at('hiddenPerUnit')}`),
        tokenWeightPerSeat: formula(
          `${ups}*(1+${feature('hiddenCostPct')}/100)*(1-${feature('responseCacheHitPct')}/100)*(1+${feature('retryRatePct')}/100)`,
        ),
        nonTokenPerSeat: formula(
          `${ups}*(1+${feature('hiddenCostPct')}/100)*(${inf}+${orch}+${infra}+${support})`,
        ),
        revenuePerSeat: formula(`${ups}*${feature('pricePerUnit')}+${overagePerSeat}`),
      }
      const block = ctx.index.mixBlocks[f]!
      const range = (key: CallsKey) => calls.range(key, block.from, block.count) ?? ''
      ctx.plan.periods.forEach((_, p) => {
        const columns = {
          input: range('input'),
          output: range('output'),
          reasoning: range('reasoning'),
          prefix: range('prefix'),
          ...periodCells(range, p),
        }
        const scale = usage.ref('tokenScale', row)
        const tokens = (selector: string) =>
          block.count === 0
            ? 0
            : formula(scaledCallsFormula(columns, range('weight'), selector, scale))
        values[tokenKey('tokApi', p)] = tokens(range('isApi'))
        values[tokenKey('tokSelf', p)] = tokens(`1-${range('isApi')}`)
      })
      return values as RowValues<LinesKey>
    },
    2,
  )
}
