/**
 * Calls: one row per mix entry (feature × step × model), the workings of DESIGN.md §3 "Cost of
 * one call". Token columns repeat the step's inputs and price columns the model's, one group per
 * price period, so a usage line can evaluate all of its feature's calls at its own token scale
 * with one SUMPRODUCT over the feature's block of rows (see callCostFormulas.ts).
 */
import type { Worksheet } from 'exceljs'
import { formula, writeTable, type RowValues } from './cells'
import type { WorkbookContext } from './context'
import { priceRef } from './modelSheets'
import { FORMAT } from './styles'
import { Table, type ColumnSpec } from './table'
import { callCostFormula, PER_MTOK, type CallColumns } from './callCostFormulas'

type PeriodField =
  | 'pIn'
  | 'pOut'
  | 'pRsn'
  | 'pPrefix'
  | 'hasLc'
  | 'threshold'
  | 'lIn'
  | 'lOut'
  | 'lPrefix'
  | 'batchFactor'
export type PeriodKey = `${PeriodField}@${number}`

type BaseKey =
  | 'feature'
  | 'step'
  | 'model'
  | 'isApi'
  | 'weight'
  | 'weightP95'
  | 'input'
  | 'output'
  | 'reasoning'
  | 'inputP95'
  | 'outputP95'
  | 'reasoningP95'
  | 'prefix'
  | 'reuse'
  | 'batchSharePct'
  | 'callCost'
  | 'callCostP95'
export type CallsKey = BaseKey | PeriodKey

export const periodKey = (field: PeriodField, period: number): PeriodKey => `${field}@${period}`

const price = FORMAT.pricePerMTok
const periodColumns = (p: number): ColumnSpec<CallsKey>[] => {
  const when = p === 0 ? 'as-of' : `period ${p}`
  return [
    { key: periodKey('pIn', p), header: `Input $/MTok (${when})`, format: price },
    { key: periodKey('pOut', p), header: `Output $/MTok (${when})`, format: price },
    { key: periodKey('pRsn', p), header: `Reasoning $/MTok (${when})`, format: price },
    {
      key: periodKey('pPrefix', p),
      header: `Cached prefix $/MTok (${when})`,
      format: price,
      note: 'cache write/R + cache read × (R − 1)/R: one call in R writes the prefix, the others read it.',
    },
    { key: periodKey('hasLc', p), header: `Has long context (${when})`, format: FORMAT.count },
    {
      key: periodKey('threshold', p),
      header: `Long-context threshold (${when})`,
      format: FORMAT.tokens,
    },
    { key: periodKey('lIn', p), header: `LC input $/MTok (${when})`, format: price },
    { key: periodKey('lOut', p), header: `LC output $/MTok (${when})`, format: price },
    { key: periodKey('lPrefix', p), header: `LC cached prefix $/MTok (${when})`, format: price },
    {
      key: periodKey('batchFactor', p),
      header: `Batch factor (${when})`,
      format: FORMAT.factor,
      note: '1 − batch share/100 × batch discount/100',
    },
  ]
}

export function callsTable(rowCount: number, periods: number): Table<CallsKey> {
  const tokens = FORMAT.tokens
  return new Table<CallsKey>(
    'Calls',
    'Workings. One row per step × model: tokens, prices (undeclined, per price period) and the cost of one call at the as-of month (declined).',
    [
      { key: 'feature', header: 'Feature id' },
      { key: 'step', header: 'Step id' },
      { key: 'model', header: 'Model id' },
      { key: 'isApi', header: 'API model (1/0)', format: FORMAT.count },
      {
        key: 'weight',
        header: 'Calls × share',
        format: FORMAT.factor,
        note: "calls per unit × share %/100: this model's calls per unit (before retries).",
      },
      { key: 'weightP95', header: 'Calls P95 × share', format: FORMAT.factor },
      { key: 'input', header: 'Input tokens', format: tokens },
      { key: 'output', header: 'Output tokens', format: tokens },
      { key: 'reasoning', header: 'Reasoning tokens', format: tokens },
      { key: 'inputP95', header: 'Input tokens P95', format: tokens },
      { key: 'outputP95', header: 'Output tokens P95', format: tokens },
      { key: 'reasoningP95', header: 'Reasoning tokens P95', format: tokens },
      { key: 'prefix', header: 'Cached prefix tokens', format: tokens },
      {
        key: 'reuse',
        header: 'Prefix reuse R',
        format: FORMAT.fraction,
        note: 'MAX(1, prefix reuse)',
      },
      { key: 'batchSharePct', header: 'Batch share %', format: FORMAT.pct },
      ...Array.from({ length: periods }, (_, p) => periodColumns(p)).flat(),
      {
        key: 'callCost',
        header: 'Cost per call (as-of)',
        format: FORMAT.unitMoney,
        note: 'decline factor × batch factor × ((input − cached)·input price + cached·prefix price + output·output price + reasoning·reasoning price)/1e6, cached = MIN(prefix, input); the long-context prices for the whole call when it has more input tokens than the threshold.',
      },
      {
        key: 'callCostP95',
        header: 'Cost per call P95 (as-of)',
        format: FORMAT.unitMoney,
        note: 'The same with the P95 tokens.',
      },
    ],
    rowCount,
  )
}

export function writeCalls(sheet: Worksheet, ctx: WorkbookContext): void {
  const { calls, steps, mix, models } = ctx.tables
  writeTable(
    sheet,
    calls,
    (row): RowValues<CallsKey> => {
      const entry = ctx.index.mixRows[row]!
      const feature = ctx.doc.features[entry.feature]!
      const at = (key: CallsKey) => calls.local(key, row)
      const step = (key: Parameters<typeof steps.ref>[0]) => steps.ref(key, entry.stepRow)
      const values: Partial<RowValues<CallsKey>> = {
        feature: feature.id,
        step: feature.steps[entry.step]!.id,
        model: entry.modelId,
        isApi: formula(`IF(${models.ref('kind', entry.model)}="api",1,0)`),
        weight: formula(`${step('calls')}*${mix.ref('sharePct', row)}/100`),
        weightP95: formula(`${step('callsP95')}*${mix.ref('sharePct', row)}/100`),
        input: formula(step('input')),
        output: formula(step('output')),
        reasoning: formula(step('reasoning')),
        inputP95: formula(step('inputP95')),
        outputP95: formula(step('outputP95')),
        reasoningP95: formula(step('reasoningP95')),
        prefix: formula(step('cachedPrefix')),
        reuse: formula(`MAX(1,${step('prefixReuse')})`),
        batchSharePct: formula(step('batchSharePct')),
      }
      ctx.plan.periods.forEach((_, p) => {
        const priced = (key: Parameters<typeof priceRef>[3]) => priceRef(ctx, p, entry.model, key)
        const reuse = at('reuse')
        const prefixPrice = (write: string, read: string) =>
          formula(`${write}/${reuse}+${read}*(${reuse}-1)/${reuse}`)
        values[periodKey('pIn', p)] = formula(priced('input'))
        values[periodKey('pOut', p)] = formula(priced('output'))
        values[periodKey('pRsn', p)] = formula(priced('reasoning'))
        values[periodKey('pPrefix', p)] = prefixPrice(priced('cacheWrite'), priced('cacheRead'))
        values[periodKey('hasLc', p)] = formula(`IF(ISNUMBER(${priced('lcThreshold')}),1,0)`)
        values[periodKey('threshold', p)] = formula(`N(${priced('lcThreshold')})`)
        values[periodKey('lIn', p)] = formula(`N(${priced('lcInput')})`)
        values[periodKey('lOut', p)] = formula(`N(${priced('lcOutput')})`)
        values[periodKey('lPrefix', p)] = prefixPrice(
          `N(${priced('lcCacheWrite')})`,
          `N(${priced('lcCacheRead')})`,
        )
        values[periodKey('batchFactor', p)] = formula(
          `1-${at('batchSharePct')}/100*${priced('batchDiscountPct')}/100`,
        )
      })
      const columns = (suffix: '' | 'P95'): CallColumns => ({
        input: at(`input${suffix}`),
        output: at(`output${suffix}`),
        reasoning: at(`reasoning${suffix}`),
        prefix: at('prefix'),
        ...periodCells(at, 0),
      })
      const decline = models.ref('decline', entry.model)
      values.callCost = formula(`${decline}*${callCostFormula(columns(''))}/${PER_MTOK}`)
      values.callCostP95 = formula(`${decline}*${callCostFormula(columns('P95'))}/${PER_MTOK}`)
      return values as RowValues<CallsKey>
    },
    3,
  )
}

/** The cells (or ranges) of one price period's columns, through `at`. */
export function periodCells(at: (key: CallsKey) => string, period: number) {
  return {
    pIn: at(periodKey('pIn', period)),
    pOut: at(periodKey('pOut', period)),
    pRsn: at(periodKey('pRsn', period)),
    pPrefix: at(periodKey('pPrefix', period)),
    hasLc: at(periodKey('hasLc', period)),
    threshold: at(periodKey('threshold', period)),
    lIn: at(periodKey('lIn', period)),
    lOut: at(periodKey('lOut', period)),
    lPrefix: at(periodKey('lPrefix', period)),
    batchFactor: at(periodKey('batchFactor', period)),
  }
}
