/**
 * "How was this computed?" for the grids' computed cells: one request per cell, named by the
 * grid column's id, answered with an explanation tree (types.ts).
 */
import { cohortOf, featureOf, type CohortAt, type ExplainContext, type FeatureAt } from './context'
import {
  explainAiCogsPerSeat,
  explainCogsPerSeat,
  explainCohortCogs,
  explainCohortMargin,
  explainCohortRevenue,
  explainRevenuePerSeat,
} from './cohortExplain'
import { explainCostPerUnit, explainCostPerUnitP95, explainVariableCost } from './featureCost'
import {
  explainBreakevenAtFloor,
  explainMargin,
  explainP95Margin,
  explainRevenue,
  explainRevenuePerUnit,
  explainUnits,
} from './featureExplain'
import { explainStepCallCost, explainStepCostPerUnit } from './stepExplain'
import type { Explanation } from './types'

export { explainContext, type ExplainContext } from './context'
export type * from './types'

const featureFields = {
  units: explainUnits,
  revenue: explainRevenue,
  costPerUnit: explainCostPerUnit,
  variableCostPerUnit: explainVariableCost,
  costPerUnitP95: explainCostPerUnitP95,
  revenuePerUnit: explainRevenuePerUnit,
  margin: explainMargin,
  p95Margin: explainP95Margin,
  breakevenAtFloor: explainBreakevenAtFloor,
} satisfies Record<string, (context: ExplainContext, feature: FeatureAt) => Explanation>

const cohortFields = {
  revenue: explainCohortRevenue,
  cogs: explainCohortCogs,
  margin: explainCohortMargin,
  revenuePerSeat: explainRevenuePerSeat,
  cogsPerSeat: explainCogsPerSeat,
  aiCogsPerSeat: explainAiCogsPerSeat,
} satisfies Record<string, (context: ExplainContext, cohort: CohortAt) => Explanation>

export type FeatureField = keyof typeof featureFields
export type CohortField = keyof typeof cohortFields

/** A computed cell: its row's entity and its column. */
export type ExplainRequest =
  | { of: 'feature'; featureId: string; field: FeatureField }
  | { of: 'step'; featureId: string; stepId: string; field: 'callCost' | 'costPerUnit' }
  | { of: 'cohort'; cohortId: string; field: CohortField }

/** Null when the row is not in the month's document (a scenario removed it). */
export function explain(context: ExplainContext, request: ExplainRequest): Explanation | null {
  if (request.of === 'cohort') {
    const cohort = cohortOf(context, request.cohortId)
    return cohort === null ? null : cohortFields[request.field](context, cohort)
  }
  const feature = featureOf(context, request.featureId)
  if (feature === null) return null
  if (request.of === 'feature') return featureFields[request.field](context, feature)
  return request.field === 'callCost'
    ? explainStepCallCost(context, feature, request.stepId)
    : explainStepCostPerUnit(context, feature, request.stepId)
}
