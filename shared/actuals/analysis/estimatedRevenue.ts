/**
 * Estimated revenue (DESIGN.md §9), when nothing is imported: a feature's actual units × the
 * plan's revenue per unit that month (null when the plan gives the feature no units, so no revenue
 * per unit); a customer's, the same over the features they used; a cohort's, the plan's monthly
 * revenue of the cohort / days in the month.
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
    const perUnit = revenuePerUnit(row.day, row.featureId)
    row.revenue = perUnit === null ? null : row.units * perUnit
  }
  for (const { aggregate } of priced) {
    const perUnit = revenuePerUnit(aggregate.day, aggregate.featureId)
    const customer = tables.customers.at(aggregate.day, aggregate.customerId)
    customer.revenue = plusKnown(
      customer.revenue,
      perUnit === null ? null : aggregate.units * perUnit,
    )
  }
  for (const row of tables.cohorts.sorted()) {
    const planned = plan.cohortOn(row.day, row.cohortId)
    row.revenue = planned === undefined ? null : planned.revenue / daysInMonth(row.day)
  }
}
