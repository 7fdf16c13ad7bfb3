/**
 * What explanations are built from: the month's compiled document, its ledger (per cohort and
 * usage line) and its result, exactly as the screens compute them for a scenario.
 */
import { scenarioOverrides } from '../../model/overrides'
import type { WorkspaceDoc } from '../../model/types'
import type { CompiledDoc, CompiledFeature } from '../compiledDoc'
import { monthLedger, type MonthLedger } from '../monthLedger'
import { compiledMonthResult, type MonthResult } from '../monthResult'
import type { CohortResult, FeatureResult } from '../results'
import { compiledByMonth } from '../timeline'

export interface ExplainContext {
  compiled: CompiledDoc
  ledger: MonthLedger
  result: MonthResult
}

/** Month `month` of `doc` under the scenario `scenarioId` (null: the baseline). */
export function explainContext(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month = 0,
): ExplainContext {
  const compiled = compiledByMonth(doc, scenarioOverrides(doc, scenarioId))(month)
  return {
    compiled,
    ledger: monthLedger(compiled, month),
    result: compiledMonthResult(compiled, month),
  }
}

/** A feature by id: its compiled index and form, its row in the document, its result. */
export function featureOf(context: ExplainContext, featureId: string) {
  const index = context.compiled.features.findIndex((feature) => feature.id === featureId)
  if (index < 0) return null
  const compiled: CompiledFeature = context.compiled.features[index]!
  const doc = context.compiled.doc.features.find((feature) => feature.id === featureId)!
  const result: FeatureResult = context.result.features.find((r) => r.id === featureId)!
  return { index, compiled, doc, result }
}

export type FeatureAt = NonNullable<ReturnType<typeof featureOf>>

/** A cohort by id: its month in the ledger, its row in the document, its result. */
export function cohortOf(context: ExplainContext, cohortId: string) {
  const month = context.ledger.cohorts.find((cohort) => cohort.cohort.id === cohortId)
  if (month === undefined) return null
  const doc = context.compiled.doc.cohorts.find((cohort) => cohort.id === cohortId)!
  const result: CohortResult = context.result.cohorts.find((r) => r.id === cohortId)!
  return { month, doc, result }
}

export type CohortAt = NonNullable<ReturnType<typeof cohortOf>>

export const featureName = (context: ExplainContext, index: number): string => {
  const id = context.compiled.features[index]!.id
  return context.compiled.doc.features.find((feature) => feature.id === id)?.name ?? id
}
