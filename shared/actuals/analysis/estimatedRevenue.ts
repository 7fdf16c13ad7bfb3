/**
 * Estimated revenue (DESIGN.md §9), on the days no revenue import covers (rows whose
 * `revenueEstimated` is set; the others keep their imported revenue): a feature's actual units ×
 * the plan's revenue per unit that month (null when the plan gives the feature no units, so no
 * revenue per unit); a customer's, the same over the features they used; a cohort's, the plan's
 * monthly revenue of the cohort / days in the month.
 */
import { daysInMonth } from '../days'
import { plusKnown } from './dayTable'
import type { PricedAggregate } from './featureDays'
import type { FactTables } from './factRows'
import type { PlanMonths } from './planMonths'

export function estimateRevenue(
  plan: PlanMonths,
  priced: readonly PricedAggregate[],
  tables: FactTables,
): void {
  const revenuePerUnit = (day: string, featureId: string) =>
    plan.featureOn(day, featureId)?.revenuePerUnit ?? null
  for (const row of tables.features.sorted()) {
    if (!row.revenueEstimated) continue
    const perUnit = revenuePerUnit(row.day, row.featureId)
    row.revenue = perUnit === null ? null : row.units * perUnit
  }
  for (const { aggregate } of priced) {
    const customer = tables.customers.at(aggregate.day, aggregate.customerId)
    if (!customer.revenueEstimated) continue
    const perUnit = revenuePerUnit(aggregate.day, aggregate.featureId)
    customer.revenue = plusKnown(
      customer.revenue,
      perUnit === null ? null : aggregate.units * perUnit,
    )
  }
  for (const row of tables.cohorts.sorted()) {
    if (!row.revenueEstimated) continue
    const planned = plan.cohortOn(row.day, row.cohortId)
    row.revenue = planned === undefined ? null : planned.revenue / daysInMonth(row.day)
  }
}
