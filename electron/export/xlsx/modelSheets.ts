/**
 * Models (prices in force at the as-of month) and Price periods (the dated prices of later
 * forecast months). Both hold the chosen price point as values: picking the point dated on or
 * before a month is not a spreadsheet rule. Defaults stay live: an absent cache price is a formula
 * on the input price, so editing the input price moves it too.
 */
import type { PricePoint } from '../../../shared/model/types'
import { formula, writeTable, type CellInput, type RowValues } from './cells'
import type { WorkbookContext } from './context'
import { monthRanges } from './forecastPlan'
import { FORMAT } from './styles'
import { Table, type ColumnSpec } from './table'
import type { Worksheet } from 'exceljs'

const money = FORMAT.pricePerMTok
const PRICE_COLUMNS = [
  { key: 'from', header: 'Price from', input: true, width: 11, note: 'The price point in force.' },
  { key: 'input', header: 'Input $/MTok', format: money, input: true },
  { key: 'output', header: 'Output $/MTok', format: money, input: true },
  { key: 'cacheRead', header: 'Cache read $/MTok', format: money, input: true },
  { key: 'cacheWrite', header: 'Cache write $/MTok', format: money, input: true },
  { key: 'reasoning', header: 'Reasoning $/MTok', format: money, input: true },
  { key: 'batchDiscountPct', header: 'Batch discount %', format: FORMAT.pct, input: true },
  {
    key: 'lcThreshold',
    header: 'Long-context threshold (input tokens)',
    format: FORMAT.tokens,
    input: true,
    note: 'Blank: no long-context tier. A call with more input tokens pays the long-context prices for the whole call (reasoning at its output price).',
  },
  { key: 'lcInput', header: 'Long-context input $/MTok', format: money, input: true },
  { key: 'lcOutput', header: 'Long-context output $/MTok', format: money, input: true },
  { key: 'lcCacheRead', header: 'Long-context cache read $/MTok', format: money, input: true },
  { key: 'lcCacheWrite', header: 'Long-context cache write $/MTok', format: money, input: true },
] as const satisfies readonly ColumnSpec<string>[]

export type PriceKey = (typeof PRICE_COLUMNS)[number]['key']
export type ModelKey = 'id' | 'name' | 'provider' | 'kind' | PriceKey | 'decline' | 'cacheBreakeven'
export type PeriodPriceKey = 'period' | 'months' | 'model' | PriceKey

export function modelsTable(modelCount: number, asOfLabel: string): Table<ModelKey> {
  return new Table<ModelKey>(
    'Models',
    `Input. Prices in force in ${asOfLabel} (a value per model: the price point dated on or before the month is picked at export, not by a formula). API prices are multiplied by the decline factor, a formula on AnnualPriceDeclinePct and AsOfMonth.`,
    [
      { key: 'id', header: 'Model id', width: 10 },
      { key: 'name', header: 'Name' },
      { key: 'provider', header: 'Provider' },
      {
        key: 'kind',
        header: 'Kind',
        input: true,
        note: '"api" prices decline; "self-hosted" do not.',
      },
      ...PRICE_COLUMNS,
      {
        key: 'decline',
        header: 'Decline factor',
        format: FORMAT.factor,
        note: '=(1 − AnnualPriceDeclinePct/100)^(AsOfMonth/12) for api models, 1 otherwise. Every price of the model is multiplied by it.',
      },
      {
        key: 'cacheBreakeven',
        header: 'Prompt-cache breakeven reuse',
        format: FORMAT.fraction,
        note: '(cache write − cache read)/(input − cache read) at the declined base prices: calls per cache write at which caching a prefix pays. Blank when reading is no cheaper.',
      },
    ],
    modelCount,
  )
}

export function pricePeriodsTable(rowCount: number): Table<PeriodPriceKey> {
  return new Table<PeriodPriceKey>(
    'Price periods',
    'Input. Dated prices in force in forecast months after a price change (values: the point in force for a month is picked at export). Period 0 is the Models sheet. Decline is applied by the Forecast sheet per month.',
    [
      { key: 'period', header: 'Period', format: FORMAT.count },
      { key: 'months', header: 'Forecast months' },
      { key: 'model', header: 'Model id' },
      ...PRICE_COLUMNS,
    ],
    rowCount,
  )
}

/** The price cells of one point; `local` addresses this row's own cells (for the defaults). */
function priceCells(
  point: PricePoint | undefined,
  local: (key: PriceKey) => string,
): Record<PriceKey, CellInput> {
  const lc = point?.longContext
  return {
    from: point?.from ?? 'no price points',
    input: point?.inputPerMTok ?? 0,
    output: point?.outputPerMTok ?? 0,
    cacheRead: point?.cacheReadPerMTok ?? formula(local('input')),
    cacheWrite: point?.cacheWritePerMTok ?? formula(local('input')),
    reasoning: point?.reasoningPerMTok ?? formula(local('output')),
    batchDiscountPct: point?.batchDiscountPct ?? 0,
    lcThreshold: lc?.thresholdTokens ?? null,
    lcInput: lc?.inputPerMTok ?? null,
    lcOutput: lc?.outputPerMTok ?? null,
    lcCacheRead: lc ? (lc.cacheReadPerMTok ?? formula(local('lcInput'))) : null,
    lcCacheWrite: lc ? (lc.cacheWritePerMTok ?? formula(local('lcInput'))) : null,
  }
}

export function writeModels(sheet: Worksheet, ctx: WorkbookContext): void {
  const table = ctx.tables.models
  const asOf = ctx.plan.periods[0]!
  writeTable(sheet, table, (m): RowValues<ModelKey> => {
    const model = ctx.doc.models[m]!
    const at = (key: ModelKey) => table.local(key, m)
    const declined = (key: ModelKey) => `${at(key)}*${at('decline')}`
    const [input, read, write] = [declined('input'), declined('cacheRead'), declined('cacheWrite')]
    return {
      id: model.id,
      name: model.name,
      provider: model.provider,
      kind: model.kind,
      ...priceCells(asOf.points[m], at),
      decline: formula(`IF(${at('kind')}="api",(1-AnnualPriceDeclinePct/100)^(AsOfMonth/12),1)`),
      cacheBreakeven: formula(`IF(${input}>${read},(${write}-${read})/(${input}-${read}),"")`),
    }
  })
}

export function writePricePeriods(sheet: Worksheet, ctx: WorkbookContext): void {
  const table = ctx.tables.pricePeriods
  const models = ctx.doc.models
  writeTable(
    sheet,
    table,
    (row): RowValues<PeriodPriceKey> => {
      const period = 1 + Math.floor(row / models.length)
      const m = row % models.length
      return {
        period,
        months: monthRanges(ctx.plan.periods[period]!.months),
        model: models[m]!.id,
        ...priceCells(ctx.plan.periods[period]!.points[m], (key) => table.local(key, row)),
      }
    },
    3,
  )
}

/** Where period `period`'s prices of model `m` are: the Models sheet for period 0. */
export function priceRef(ctx: WorkbookContext, period: number, m: number, key: PriceKey): string {
  if (period === 0) return ctx.tables.models.ref(key, m)
  return ctx.tables.pricePeriods.ref(key, (period - 1) * ctx.doc.models.length + m)
}
