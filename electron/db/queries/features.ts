import type { Component, Feature, MixEntry, Step } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type FeatureRow = {
  id: string
  position: number
  name: string
  unit: string
  category: string
  floor_pct: number | null
  yellow_band_pts: number | null
  price_per_unit: number | null
  response_cache_hit_pct: number | null
  retry_rate_pct: number | null
  hidden_cost_pct: number | null
}

type StepRow = {
  feature_id: string
  id: string
  position: number
  name: string
  calls_per_unit: number | null
  input_tokens: number
  output_tokens: number
  reasoning_tokens: number | null
  calls_per_unit_p95: number | null
  input_tokens_p95: number | null
  output_tokens_p95: number | null
  reasoning_tokens_p95: number | null
  cached_prefix_tokens: number | null
  prefix_reuse: number | null
  batch_share_pct: number | null
}

type MixEntryRow = {
  feature_id: string
  step_id: string
  model_id: string
  position: number
  share_pct: number
}

type ComponentRow = {
  feature_id: string
  id: string
  position: number
  name: string
  layer: string
  cost_per_unit: number | null
  cost_per_unit_p95: number | null
  fixed_monthly: number | null
}

export function featureTables(features: Feature[]): TableRows[] {
  const steps = features.flatMap((feature) =>
    feature.steps.map((step, position) => ({ feature, step, position })),
  )
  return [
    { spec: { name: 'features', key: ['id'] }, rows: features.map(featureRow) },
    {
      spec: { name: 'steps', key: ['feature_id', 'id'] },
      rows: steps.map(({ feature, step, position }) => stepRow(feature.id, position, step)),
    },
    {
      spec: { name: 'mix_entries', key: ['feature_id', 'step_id', 'model_id'] },
      rows: steps.flatMap(({ feature, step }) =>
        step.mix.map((entry, position): MixEntryRow => ({
          feature_id: feature.id,
          step_id: step.id,
          model_id: entry.modelId,
          position,
          share_pct: entry.sharePct,
        })),
      ),
    },
    {
      spec: { name: 'components', key: ['feature_id', 'id'] },
      rows: features.flatMap((feature) =>
        feature.components.map((component, position) =>
          componentRow(feature.id, position, component),
        ),
      ),
    },
  ]
}

function featureRow(feature: Feature, position: number): FeatureRow {
  return {
    id: feature.id,
    position,
    name: feature.name,
    unit: feature.unit,
    category: feature.category,
    floor_pct: orNull(feature.floorPct),
    yellow_band_pts: orNull(feature.yellowBandPts),
    price_per_unit: orNull(feature.pricePerUnit),
    response_cache_hit_pct: orNull(feature.responseCacheHitPct),
    retry_rate_pct: orNull(feature.retryRatePct),
    hidden_cost_pct: orNull(feature.hiddenCostPct),
  }
}

function stepRow(featureId: string, position: number, step: Step): StepRow {
  return {
    feature_id: featureId,
    id: step.id,
    position,
    name: step.name,
    calls_per_unit: orNull(step.callsPerUnit),
    input_tokens: step.inputTokens,
    output_tokens: step.outputTokens,
    reasoning_tokens: orNull(step.reasoningTokens),
    calls_per_unit_p95: orNull(step.callsPerUnitP95),
    input_tokens_p95: orNull(step.inputTokensP95),
    output_tokens_p95: orNull(step.outputTokensP95),
    reasoning_tokens_p95: orNull(step.reasoningTokensP95),
    cached_prefix_tokens: orNull(step.cachedPrefixTokens),
    prefix_reuse: orNull(step.prefixReuse),
    batch_share_pct: orNull(step.batchSharePct),
  }
}

function componentRow(featureId: string, position: number, component: Component): ComponentRow {
  return {
    feature_id: featureId,
    id: component.id,
    position,
    name: component.name,
    layer: component.layer,
    cost_per_unit: orNull(component.costPerUnit),
    cost_per_unit_p95: orNull(component.costPerUnitP95),
    fixed_monthly: orNull(component.fixedMonthly),
  }
}

/** One query per table, stitched together through maps keyed by parent (no query per feature). */
export function readFeatures(db: Db): Feature[] {
  const features = db.prepare('SELECT * FROM features ORDER BY position').all() as FeatureRow[]
  const steps = groupBy(
    db.prepare('SELECT * FROM steps ORDER BY position').all() as StepRow[],
    (row) => row.feature_id,
  )
  const mixes = groupBy(
    db.prepare('SELECT * FROM mix_entries ORDER BY position').all() as MixEntryRow[],
    (row) => stepKey(row.feature_id, row.step_id),
  )
  const components = groupBy(
    db.prepare('SELECT * FROM components ORDER BY position').all() as ComponentRow[],
    (row) => row.feature_id,
  )
  return features.map((row) => ({
    id: row.id,
    name: row.name,
    unit: row.unit,
    category: row.category as Feature['category'],
    ...optionalField('floorPct', row.floor_pct),
    ...optionalField('yellowBandPts', row.yellow_band_pts),
    ...optionalField('pricePerUnit', row.price_per_unit),
    ...optionalField('responseCacheHitPct', row.response_cache_hit_pct),
    ...optionalField('retryRatePct', row.retry_rate_pct),
    ...optionalField('hiddenCostPct', row.hidden_cost_pct),
    steps: (steps.get(row.id) ?? []).map((stepRow) =>
      step(stepRow, mixes.get(stepKey(row.id, stepRow.id)) ?? []),
    ),
    components: (components.get(row.id) ?? []).map(component),
  }))
}

function stepKey(featureId: string, stepId: string): string {
  return `${featureId}\u0000${stepId}`
}

function step(row: StepRow, mix: MixEntryRow[]): Step {
  return {
    id: row.id,
    name: row.name,
    ...optionalField('callsPerUnit', row.calls_per_unit),
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    ...optionalField('reasoningTokens', row.reasoning_tokens),
    ...optionalField('callsPerUnitP95', row.calls_per_unit_p95),
    ...optionalField('inputTokensP95', row.input_tokens_p95),
    ...optionalField('outputTokensP95', row.output_tokens_p95),
    ...optionalField('reasoningTokensP95', row.reasoning_tokens_p95),
    ...optionalField('cachedPrefixTokens', row.cached_prefix_tokens),
    ...optionalField('prefixReuse', row.prefix_reuse),
    ...optionalField('batchSharePct', row.batch_share_pct),
    mix: mix.map((entry): MixEntry => ({ modelId: entry.model_id, sharePct: entry.share_pct })),
  }
}

function component(row: ComponentRow): Component {
  return {
    id: row.id,
    name: row.name,
    layer: row.layer as Component['layer'],
    ...optionalField('costPerUnit', row.cost_per_unit),
    ...optionalField('costPerUnitP95', row.cost_per_unit_p95),
    ...optionalField('fixedMonthly', row.fixed_monthly),
  }
}
