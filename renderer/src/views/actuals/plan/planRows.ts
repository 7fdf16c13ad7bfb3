import type {
  PlanVsActual,
  PlanVsActualMonth,
} from '../../../../../shared/actuals/analysis/planVsActual'

export interface PlanRow {
  /** '' for the portfolio, else the feature's id. */
  id: string
  name: string
  comparison: PlanVsActualMonth
}

export const PORTFOLIO = ''

/** The month's comparisons: the portfolio first, then each feature in the document's order. */
export function planRowsOf(
  plan: PlanVsActual,
  month: string,
  features: readonly { id: string; name: string }[],
): PlanRow[] {
  const portfolio = plan.portfolio.find((entry) => entry.month === month)
  const byFeature = new Map(
    plan.features.filter((entry) => entry.month === month).map((entry) => [entry.featureId, entry]),
  )
  return [
    ...(portfolio ? [{ id: PORTFOLIO, name: 'All features', comparison: portfolio }] : []),
    ...features.flatMap((feature) => {
      const comparison = byFeature.get(feature.id)
      return comparison ? [{ id: feature.id, name: feature.name, comparison }] : []
    }),
  ]
}
