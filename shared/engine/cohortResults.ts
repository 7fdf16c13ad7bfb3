/** Per-cohort results of a month (DESIGN.md §3 "Cohorts at month t", §5 `cohorts`). */
import { marginPct, ratioOrNull } from './margins'
import type { CohortMonth } from './monthLedger'
import type { CohortFlag, CohortResult } from './results'

const HIGH_COST_TO_REVENUE = 0.8

function flagsOf(revenue: number, cogs: number, costToRevenue: number | null): CohortFlag[] {
  const flags: CohortFlag[] = []
  if (costToRevenue !== null && costToRevenue > HIGH_COST_TO_REVENUE) {
    flags.push('cost-to-revenue-above-0.8')
  }
  if (revenue === 0 && cogs > 0) flags.push('no-revenue')
  return flags
}

/** Customers who, converted to the target plan, would pay this cohort's COGS; null at price 0. */
function conversionBreakeven(
  month: CohortMonth,
  target: { platformFee: number; seatPrice: number },
) {
  const pricePerCustomer = target.platformFee + month.cohort.seatsPerCustomer * target.seatPrice
  return pricePerCustomer === 0 ? null : Math.ceil(month.cogs / pricePerCustomer)
}

export function cohortResult(month: CohortMonth): CohortResult {
  const { revenue, cogs } = month
  const costToRevenue = ratioOrNull(cogs, revenue)
  const result: CohortResult = {
    id: month.cohort.id,
    customers: month.customers,
    seats: month.seats,
    revenue,
    cogs,
    grossMarginPct: marginPct(revenue, cogs),
    revenuePerCustomer: ratioOrNull(revenue, month.customers),
    costToRevenue,
    flags: flagsOf(revenue, cogs, costToRevenue),
  }
  const target = month.cohort.plan.convertsTo
  if (target) result.conversionBreakevenCustomers = conversionBreakeven(month, target)
  return result
}
