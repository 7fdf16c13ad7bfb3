/**
 * What every lever generator reads: the document as the active scenario leaves it at the month,
 * the prices in force then, the engine's results for that month and the scenario's self-host
 * comparison. Built once per proposal, so generators never re-derive a figure the engine gives.
 */
import { compileDoc } from '../engine/compiledDoc'
import { modelsAtMonth, type ModelAtMonth } from '../engine/modelsAtMonth'
import { compiledMonthResult } from '../engine/monthResult'
import { monthLabel } from '../engine/months'
import type { CohortResult, FeatureResult, SelfHostResult } from '../engine/results'
import { timeline } from '../engine/timeline'
import { scenarioOverrides } from '../model/overrides'
import type { Feature, Step, WorkspaceDoc } from '../model/types'

export interface CandidateContext {
  /** The document as the active scenario's overrides stand at `month`. */
  doc: WorkspaceDoc
  month: number
  /** 'YYYY-MM' of `month`, for details. */
  monthLabel: string
  /** Each model's prices in force at `month`, by id. */
  models: ReadonlyMap<string, ModelAtMonth>
  /** The engine's results at `month`, by id: margins, breakevens, step costs, cost-to-revenue. */
  featureResults: ReadonlyMap<string, FeatureResult>
  cohortResults: ReadonlyMap<string, CohortResult>
  /** The active scenario's self-host comparison over the horizon. */
  selfHost: readonly SelfHostResult[]
}

/** A step and the feature it belongs to. */
export interface CostlyStep {
  feature: Feature
  step: Step
}

export function candidateContext(
  source: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): CandidateContext {
  const chain = scenarioOverrides(source, scenarioId)
  const { doc, models } = modelsAtMonth(source, month, chain)
  const result = compiledMonthResult(compileDoc(doc), month)
  return {
    doc,
    month,
    monthLabel: monthLabel(doc, month),
    models,
    featureResults: new Map(result.features.map((feature) => [feature.id, feature])),
    cohortResults: new Map(result.cohorts.map((cohort) => [cohort.id, cohort])),
    selfHost: doc.selfHost.length === 0 ? [] : timeline(source, chain).selfHost,
  }
}

/**
 * The steps that cost something per unit in a feature somebody uses: a change to any other step
 * cannot move gross profit, so no lever is proposed on it.
 */
export function costlySteps(context: CandidateContext): CostlyStep[] {
  return context.doc.features.flatMap((feature) => {
    const result = context.featureResults.get(feature.id)
    if (!result || !(result.units > 0)) return []
    // The engine's step results come in the feature's document order.
    return feature.steps.flatMap((step, index) =>
      result.steps[index]!.costPerUnit > 0 ? [{ feature, step }] : [],
    )
  })
}
