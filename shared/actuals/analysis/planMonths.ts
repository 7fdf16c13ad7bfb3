/**
 * The plan the actuals are compared with: the §5 result of the month a day falls in, evaluated
 * once per month on the document with a scenario's overrides as they stand that month.
 */
import { compiledMonthResult, type MonthResult } from '../../engine/monthResult'
import type { CohortResult, FeatureResult } from '../../engine/results'
import { compiledByMonth } from '../../engine/timeline'
import { horizonMonthsOf } from '../../model/defaults'
import { scenarioOverrides } from '../../model/overrides'
import type { WorkspaceDoc } from '../../model/types'

/** A month's result with its rows by id. */
interface PlannedMonth {
  result: MonthResult
  features: ReadonlyMap<string, FeatureResult>
  cohorts: ReadonlyMap<string, CohortResult>
}

export interface PlanMonths {
  /** The result of the month `day` falls in; outside the horizon, its nearest month's. */
  resultOn(day: string): MonthResult
  featureOn(day: string, featureId: string): FeatureResult | undefined
  cohortOn(day: string, cohortId: string): CohortResult | undefined
}

/** Months from startMonth to the month of `day`, clamped to [0, horizonMonths − 1]. */
function planMonthOf(doc: WorkspaceDoc, day: string): number {
  const [year = 0, month = 1] = day.split('-').map(Number)
  const [startYear = 0, startMonth = 1] = doc.startMonth.split('-').map(Number)
  const offset = (year - startYear) * 12 + (month - startMonth)
  return Math.min(Math.max(offset, 0), horizonMonthsOf(doc) - 1)
}

/** The plan of `scenarioId` (null: the baseline); throws as the engine does on a bad scenario. */
export function planMonths(doc: WorkspaceDoc, scenarioId: string | null = null): PlanMonths {
  const compiledAt = compiledByMonth(doc, scenarioOverrides(doc, scenarioId))
  const months = new Map<number, PlannedMonth>()
  // Asked for every aggregate: the day's month is worked out once per day.
  const byDay = new Map<string, PlannedMonth>()
  const monthOn = (day: string): PlannedMonth => {
    const known = byDay.get(day)
    if (known) return known
    const month = planMonthOf(doc, day)
    let planned = months.get(month)
    if (!planned) {
      const result = compiledMonthResult(compiledAt(month), month)
      planned = {
        result,
        features: new Map(result.features.map((feature) => [feature.id, feature])),
        cohorts: new Map(result.cohorts.map((cohort) => [cohort.id, cohort])),
      }
      months.set(month, planned)
    }
    byDay.set(day, planned)
    return planned
  }
  return {
    resultOn: (day) => monthOn(day).result,
    featureOn: (day, featureId) => monthOn(day).features.get(featureId),
    cohortOn: (day, cohortId) => monthOn(day).cohorts.get(cohortId),
  }
}
