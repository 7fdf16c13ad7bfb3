/**
 * Input sheets of the cost map: Features, Steps, Mix and Components, as the scenario has them at
 * the as-of month. An absent P95 field is a formula on its mean, as it stands for the mean.
 */
import type { Worksheet } from 'exceljs'
import {
  callsPerUnitOf,
  floorPctOf,
  prefixReuseOf,
  reasoningTokensOf,
  yellowBandPtsOf,
} from '../../../shared/model/defaults'
import { formula, writeTable, type CellInput } from './cells'
import type { WorkbookContext } from './context'
import { FORMAT } from './styles'
import { Table } from './table'

export type FeatureKey =
  | 'id'
  | 'name'
  | 'unit'
  | 'category'
  | 'floorPct'
  | 'yellowBandPts'
  | 'pricePerUnit'
  | 'responseCacheHitPct'
  | 'retryRatePct'
  | 'hiddenCostPct'

export type StepKey =
  | 'feature'
  | 'step'
  | 'name'
  | 'calls'
  | 'input'
  | 'output'
  | 'reasoning'
  | 'callsP95'
  | 'inputP95'
  | 'outputP95'
  | 'reasoningP95'
  | 'cachedPrefix'
  | 'prefixReuse'
  | 'batchSharePct'

export type MixKey = 'feature' | 'step' | 'model' | 'sharePct'

export type ComponentKey =
  'feature' | 'component' | 'name' | 'layer' | 'costPerUnit' | 'costPerUnitP95' | 'fixedMonthly'

const pct = FORMAT.pct
const tokens = FORMAT.tokens

export const featuresTable = (count: number) =>
  new Table<FeatureKey>(
    'Features',
    'Input. One row per AI feature; percent columns hold percent values (77.5 means 77.5%).',
    [
      { key: 'id', header: 'Feature id' },
      { key: 'name', header: 'Name' },
      { key: 'unit', header: 'Unit' },
      { key: 'category', header: 'Category' },
      { key: 'floorPct', header: 'Floor %', format: pct, input: true },
      { key: 'yellowBandPts', header: 'Yellow band (pts)', format: FORMAT.fraction, input: true },
      {
        key: 'pricePerUnit',
        header: 'Usage price per unit',
        format: FORMAT.unitMoney,
        input: true,
      },
      { key: 'responseCacheHitPct', header: 'Response cache hit %', format: pct, input: true },
      { key: 'retryRatePct', header: 'Retry rate %', format: pct, input: true },
      { key: 'hiddenCostPct', header: 'Hidden cost uplift %', format: pct, input: true },
    ],
    count,
  )

export const stepsTable = (count: number) =>
  new Table<StepKey>(
    'Steps',
    'Input. One row per LLM call kind of a feature. Blank P95 fields are formulas on the mean.',
    [
      { key: 'feature', header: 'Feature id' },
      { key: 'step', header: 'Step id' },
      { key: 'name', header: 'Name' },
      { key: 'calls', header: 'Calls per unit', format: FORMAT.fraction, input: true },
      { key: 'input', header: 'Input tokens', format: tokens, input: true },
      { key: 'output', header: 'Output tokens', format: tokens, input: true },
      { key: 'reasoning', header: 'Reasoning tokens', format: tokens, input: true },
      { key: 'callsP95', header: 'Calls P95', format: FORMAT.fraction, input: true },
      { key: 'inputP95', header: 'Input tokens P95', format: tokens, input: true },
      { key: 'outputP95', header: 'Output tokens P95', format: tokens, input: true },
      { key: 'reasoningP95', header: 'Reasoning tokens P95', format: tokens, input: true },
      {
        key: 'cachedPrefix',
        header: 'Cached prefix tokens',
        format: tokens,
        input: true,
        note: 'Prompt-cached prefix; not scaled by a cohort token scale.',
      },
      {
        key: 'prefixReuse',
        header: 'Prefix reuse R',
        format: FORMAT.fraction,
        input: true,
        note: 'Calls served per cache write: one call in R writes the prefix, the others read it.',
      },
      { key: 'batchSharePct', header: 'Batch share %', format: pct, input: true },
    ],
    count,
  )

export const mixTable = (count: number) =>
  new Table<MixKey>(
    'Mix',
    "Input. Each step's routing across models; a step's shares sum to 100.",
    [
      { key: 'feature', header: 'Feature id' },
      { key: 'step', header: 'Step id' },
      { key: 'model', header: 'Model id' },
      { key: 'sharePct', header: 'Share %', format: pct, input: true },
    ],
    count,
  )

export const componentsTable = (count: number) =>
  new Table<ComponentKey>(
    'Components',
    'Input. Non-token costs per unit by layer; fixed monthly costs are allocated to cohorts by units.',
    [
      { key: 'feature', header: 'Feature id' },
      { key: 'component', header: 'Component id' },
      { key: 'name', header: 'Name' },
      {
        key: 'layer',
        header: 'Layer',
        note: 'inference, orchestration, infrastructure or support',
      },
      { key: 'costPerUnit', header: 'Cost per unit', format: FORMAT.unitMoney, input: true },
      { key: 'costPerUnitP95', header: 'Cost per unit P95', format: FORMAT.unitMoney, input: true },
      { key: 'fixedMonthly', header: 'Fixed monthly', format: FORMAT.money, input: true },
    ],
    count,
  )

export function writeFeatures(sheet: Worksheet, ctx: WorkbookContext): void {
  writeTable(sheet, ctx.tables.features, (f) => {
    const feature = ctx.doc.features[f]!
    return {
      id: feature.id,
      name: feature.name,
      unit: feature.unit,
      category: feature.category,
      floorPct: floorPctOf(feature),
      yellowBandPts: yellowBandPtsOf(feature),
      pricePerUnit: feature.pricePerUnit ?? 0,
      responseCacheHitPct: feature.responseCacheHitPct ?? 0,
      retryRatePct: feature.retryRatePct ?? 0,
      hiddenCostPct: feature.hiddenCostPct ?? 0,
    }
  })
}

export function writeSteps(sheet: Worksheet, ctx: WorkbookContext): void {
  const table = ctx.tables.steps
  const steps = ctx.doc.features.flatMap((feature) =>
    feature.steps.map((step) => ({ featureId: feature.id, step })),
  )
  writeTable(
    sheet,
    table,
    (row) => {
      const { featureId, step } = steps[row]!
      const mean = (key: StepKey, own: number | undefined): CellInput =>
        own ?? formula(table.local(key, row))
      return {
        feature: featureId,
        step: step.id,
        name: step.name,
        calls: callsPerUnitOf(step),
        input: step.inputTokens,
        output: step.outputTokens,
        reasoning: reasoningTokensOf(step),
        callsP95: mean('calls', step.callsPerUnitP95),
        inputP95: mean('input', step.inputTokensP95),
        outputP95: mean('output', step.outputTokensP95),
        reasoningP95: mean('reasoning', step.reasoningTokensP95),
        cachedPrefix: step.cachedPrefixTokens ?? 0,
        prefixReuse: prefixReuseOf(step),
        batchSharePct: step.batchSharePct ?? 0,
      }
    },
    2,
  )
}

export function writeMix(sheet: Worksheet, ctx: WorkbookContext): void {
  const { features } = ctx.doc
  writeTable(
    sheet,
    ctx.tables.mix,
    (row) => {
      const mix = ctx.index.mixRows[row]!
      const feature = features[mix.feature]!
      return {
        feature: feature.id,
        step: feature.steps[mix.step]!.id,
        model: mix.modelId,
        sharePct: mix.sharePct,
      }
    },
    3,
  )
}

export function writeComponents(sheet: Worksheet, ctx: WorkbookContext): void {
  const table = ctx.tables.components
  const components = ctx.doc.features.flatMap((feature) =>
    feature.components.map((component) => ({ featureId: feature.id, component })),
  )
  writeTable(
    sheet,
    table,
    (row) => {
      const { featureId, component } = components[row]!
      return {
        feature: featureId,
        component: component.id,
        name: component.name,
        layer: component.layer,
        costPerUnit: component.costPerUnit ?? 0,
        costPerUnitP95: component.costPerUnitP95 ?? formula(table.local('costPerUnit', row)),
        fixedMonthly: component.fixedMonthly ?? 0,
      }
    },
    2,
  )
}
