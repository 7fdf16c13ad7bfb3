/**
 * What goal seek offers first for a feature: the question its pricing asks. A feature with a usage
 * price asks which price puts it at its floor. A seat-priced feature (no usage price: its revenue
 * is its plans' AI share of seats) asks which seat price, of the plan feeding it most, puts its
 * cohort (when one cohort uses it) or else the portfolio at the floor.
 */
import type { GoalMetric } from '../../../../shared/engine/goalMetric'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { paths } from '../../../../shared/model/paths/build'

interface GoalSeekDefaults {
  target: GoalMetric
  inputPath: string
}

export const priceOf = (featureId: string) => paths.feature(featureId, 'pricePerUnit')
export const seatPriceOf = (planId: string) => paths.plan(planId, 'seatPrice')

/** Cohorts using the feature on a plan that gives it a share of the seats, with their units. */
function feedingCohorts(
  doc: WorkspaceDoc,
  result: Pick<ComputeResult, 'cohorts'>,
  featureId: string,
) {
  return doc.cohorts.flatMap((cohort) => {
    const unitsPerSeat = cohort.usage.find((u) => u.featureId === featureId)?.unitsPerSeat ?? 0
    const plan = doc.plans.find((p) => p.id === cohort.planId)
    if (unitsPerSeat <= 0 || plan === undefined || plan.aiRevenueSharePct <= 0) return []
    const seats = result.cohorts.find((c) => c.id === cohort.id)?.seats ?? 0
    return [{ cohortId: cohort.id, planId: plan.id, units: seats * unitsPerSeat }]
  })
}

/** The plan whose seats carry most of the feature's units (the first such plan on a tie). */
function mainPlan(feeding: { planId: string; units: number }[]): string | undefined {
  const units = new Map<string, number>()
  for (const { planId, units: n } of feeding) units.set(planId, (units.get(planId) ?? 0) + n)
  let best: string | undefined
  for (const [planId, n] of units)
    if (best === undefined || n > (units.get(best) ?? 0)) best = planId
  return best
}

/**
 * The target and input for `featureId`, or the portfolio's margin and `firstInput` without one.
 * A feature with neither a usage price nor a plan feeding it is priced per unit: pricing a free
 * feature is the question goal seek most often answers.
 */
export function goalSeekDefaults(
  doc: WorkspaceDoc,
  result: Pick<ComputeResult, 'cohorts'>,
  featureId: string | undefined,
  firstInput: string,
): GoalSeekDefaults {
  const kind = 'grossMarginPct' as const
  const feature = doc.features.find((f) => f.id === featureId)
  if (feature === undefined) return { target: { kind }, inputPath: firstInput }
  const byUnitPrice: GoalSeekDefaults = {
    target: { kind, featureId: feature.id },
    inputPath: priceOf(feature.id),
  }
  if ((feature.pricePerUnit ?? 0) > 0) return byUnitPrice
  const feeding = feedingCohorts(doc, result, feature.id)
  const planId = mainPlan(feeding)
  if (planId === undefined) return byUnitPrice
  const [only, ...others] = feeding
  const target: GoalMetric =
    only !== undefined && others.length === 0 ? { kind, cohortId: only.cohortId } : { kind }
  return { target, inputPath: seatPriceOf(planId) }
}
