/**
 * The inputs a range can be added on from the Ranges section (DESIGN.md §11): the numbers of the
 * workspace people are usually unsure of, grouped as the app's views group them, named in words.
 */
import { firstDayOfMonth } from '../../../../../shared/engine/months'
import { indexInForce } from '../../../../../shared/engine/prices'
import { paths } from '../../../../../shared/model/paths/build'
import { describePath } from '../../../../../shared/model/paths/words'
import type { Feature, WorkspaceDoc } from '../../../../../shared/model/types'
import { monthName } from '../../../../../shared/report/labels'
import { rangeBounds } from './rangeTargets'

export interface RangeInput {
  path: string
  /** The path in words: "Support agent · Triage · input tokens". */
  words: string
}

export interface RangeInputSection {
  /** The select's option group: "Workspace", a feature's name, "Models", … */
  title: string
  inputs: RangeInput[]
}

const FEATURE_FIELDS = [
  'pricePerUnit',
  'responseCacheHitPct',
  'retryRatePct',
  'hiddenCostPct',
] as const
const STEP_FIELDS = [
  'callsPerUnit',
  'inputTokens',
  'outputTokens',
  'reasoningTokens',
  'cachedPrefixTokens',
] as const
const COMPONENT_FIELDS = ['costPerUnit', 'fixedMonthly'] as const
const PRICE_FIELDS = [
  'inputPerMTok',
  'outputPerMTok',
  'cacheReadPerMTok',
  'cacheWritePerMTok',
  'reasoningPerMTok',
] as const
const PLAN_FIELDS = ['seatPrice', 'platformFee'] as const
const COHORT_FIELDS = ['customers', 'monthlyGrowthPct', 'seatsPerCustomer'] as const
const USAGE_FIELDS = ['unitsPerSeat', 'tokenScale'] as const

function featurePaths(feature: Feature): string[] {
  return [
    ...FEATURE_FIELDS.map((field) => paths.feature(feature.id, field)),
    ...feature.steps.flatMap((step) => [
      ...STEP_FIELDS.map((field) => paths.step(feature.id, step.id, field)),
      ...step.mix.map((entry) => paths.mixShare(feature.id, step.id, entry.modelId)),
    ]),
    ...feature.components.flatMap((component) =>
      COMPONENT_FIELDS.map((field) => paths.component(feature.id, component.id, field)),
    ),
  ]
}

/**
 * Each model's prices at the point in force in `month`, by its index: a range there is drawn
 * around the price the plan uses then, and leaves the model's other dated prices as they are. No
 * range on every point or every model of a provider is offered: a draw sets each of them to the
 * same value, flattening the schedule, and no single value to start it from would be honest.
 */
function modelPaths(doc: WorkspaceDoc, month: number): string[] {
  const date = firstDayOfMonth(doc, month)
  return doc.models.flatMap((model) => {
    const index = indexInForce(model.prices, date)
    return index === undefined
      ? []
      : PRICE_FIELDS.map((field) => paths.price(model.id, index, field))
  })
}

function sectionPaths(doc: WorkspaceDoc, month: number): { title: string; paths: string[] }[] {
  return [
    {
      title: 'Workspace',
      paths: [paths.workspace('annualPriceDeclinePct'), paths.workspace('portfolioFloorPct')],
    },
    ...doc.features.map((feature) => ({ title: feature.name, paths: featurePaths(feature) })),
    {
      title: `Models · prices in force in ${monthName(doc, month)}`,
      paths: modelPaths(doc, month),
    },
    {
      title: 'Plans',
      paths: doc.plans.flatMap((plan) => PLAN_FIELDS.map((field) => paths.plan(plan.id, field))),
    },
    {
      title: 'Cohorts',
      paths: doc.cohorts.flatMap((cohort) => [
        ...COHORT_FIELDS.map((field) => paths.cohort(cohort.id, field)),
        ...cohort.usage.flatMap((usage) =>
          USAGE_FIELDS.map((field) => paths.usage(cohort.id, usage.featureId, field)),
        ),
      ]),
    },
  ]
}

/**
 * The inputs of `doc` (the document as the active scenario sees it) a range can be put on; a
 * model's prices at the point in force in `month` (0-based, as the Models view picks it).
 */
export function rangeInputs(doc: WorkspaceDoc, month = 0): RangeInputSection[] {
  return sectionPaths(doc, month).flatMap(({ title, paths: candidates }) => {
    const inputs = candidates
      .filter((path) => rangeBounds(doc, path) !== null)
      .map((path) => ({ path, words: describePath(doc, path) }))
    return inputs.length === 0 ? [] : [{ title, inputs }]
  })
}
