/** Per-cohort results of a month (DESIGN.md §3 "Cohorts at month t", §5 `cohorts`). */
import { PORTFOLIO_YELLOW_BAND_PTS } from '../model/defaults'
import { marginPct, ratioOrNull, wholeCountAtLeast, zoneOf } from './margins'
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
  return pricePerCustomer === 0 ? null : wholeCountAtLeast(month.cogs / pricePerCustomer)
}

/** A cohort's margin reads against the portfolio floor (§5 wave 2: band 5, like the portfolio). */
export function cohortResult(month: CohortMonth, portfolioFloorPct: number): CohortResult {
  const { revenue, cogs, seats } = month
  const costToRevenue = ratioOrNull(cogs, revenue)
  const grossMarginPct = marginPct(revenue, cogs)
  const result: CohortResult = {
    id: month.cohort.id,
    customers: month.customers,
    seats: month.seats,
    revenue,
    cogs,
    grossMarginPct,
    revenuePerCustomer: ratioOrNull(revenue, month.customers),
    revenuePerSeat: ratioOrNull(revenue, seats),
    cogsPerSeat: ratioOrNull(cogs, seats),
    aiCogsPerSeat: ratioOrNull(cogs - month.platformCogs, seats),
    costToRevenue,
    zone: zoneOf(grossMarginPct, portfolioFloorPct, PORTFOLIO_YELLOW_BAND_PTS),
    flags: flagsOf(revenue, cogs, costToRevenue),
  }
  const target = month.cohort.plan.convertsTo
  if (target) result.conversionBreakevenCustomers = conversionBreakeven(month, target)
  return result
}
