/**
 * The cohorts at month t (DESIGN.md §3 "Cohorts at month t"): customers, seats and units, each
 * usage line's cost, allocated fixed cost and usage revenue, and every cohort's revenue and COGS.
 * The forecast needs only this; the month's detailed results are built on top of it.
 */
import { pow } from '../portableMath'
import type { CompiledCohort, CompiledDoc, CompiledUsage, ModelPrices } from './compiledDoc'
import { atTokenScale } from './atTokenScale'
import { pricesAtMonth } from './prices'
import { unitCost, type UnitCost } from './unitCost'

export interface UsageLine {
  usage: CompiledUsage
  units: number
  cost: UnitCost
  /** units · variable cost per unit. */
  variableCost: number
  /** This cohort's share of the feature's fixed monthly cost, by units. */
  fixedCost: number
  usageRevenue: number
  overage: number
}

export interface CohortMonth {
  cohort: CompiledCohort
  customers: number
  seats: number
  subscription: number
  revenue: number
  cogs: number
  /** seats · nonAiCogsPerSeat. */
  platformCogs: number
  lines: UsageLine[]
}

export interface MonthLedger {
  month: number
  prices: ModelPrices[]
  /** By compiled feature index: Σ cohorts units. */
  featureUnits: number[]
  cohorts: CohortMonth[]
  revenue: number
  cogs: number
  /** Fixed cost of features nobody uses: it stays in the portfolio. */
  unallocatedFixed: number
  /** A feature's variable cost per unit at a token scale; at scale 1, computed once. */
  costAt(feature: number, tokenScale: number): UnitCost
}

interface Seating {
  customers: number
  seats: number
  units: number[]
}

function seatingAt(cohort: CompiledCohort, month: number): Seating {
  const customers = cohort.customers * pow(1 + cohort.monthlyGrowthPct / 100, month)
  const seats = customers * cohort.seatsPerCustomer
  return { customers, seats, units: cohort.usage.map((usage) => seats * usage.unitsPerSeat) }
}

function cohortMonth(
  cohort: CompiledCohort,
  { customers, seats, units }: Seating,
  compiled: CompiledDoc,
  featureUnits: readonly number[],
  costAt: (feature: number, tokenScale: number) => UnitCost,
): CohortMonth {
  const { plan } = cohort
  const lines = cohort.usage.map((usage, index): UsageLine => {
    const feature = compiled.features[usage.feature]!
    const lineUnits = units[index]!
    const totalUnits = featureUnits[usage.feature]!
    const cost = costAt(usage.feature, usage.tokenScale)
    const { overage } = usage
    return {
      usage,
      units: lineUnits,
      cost,
      variableCost: lineUnits * cost.variable,
      fixedCost: totalUnits > 0 ? feature.fixedMonthly * (lineUnits / totalUnits) : 0,
      usageRevenue: lineUnits * feature.pricePerUnit,
      overage: overage
        ? seats * Math.max(0, usage.unitsPerSeat - overage.includedUnits) * overage.price
        : 0,
    }
  })
  const subscription = customers * plan.platformFee + seats * plan.seatPrice
  let usageRevenue = 0
  let overage = 0
  let aiCogs = 0
  for (const line of lines) {
    usageRevenue += line.usageRevenue
    overage += line.overage
    aiCogs += line.variableCost + line.fixedCost
  }
  const platformCogs = seats * plan.nonAiCogsPerSeat
  return {
    cohort,
    customers,
    seats,
    subscription,
    revenue: subscription + usageRevenue + overage,
    cogs: aiCogs + platformCogs,
    platformCogs,
    lines,
  }
}

/**
 * `prices` are every model's prices at the month (pricesAtMonth); a caller evaluating many variants
 * of one document (Monte Carlo draws) passes them in to work out only the prices that changed.
 */
export function monthLedger(
  compiled: CompiledDoc,
  month: number,
  prices: ModelPrices[] = pricesAtMonth(compiled, month),
): MonthLedger {
  const costAt = atTokenScale((feature, tokenScale) =>
    unitCost(compiled.features[feature]!, prices, tokenScale),
  )
  const seatings = compiled.cohorts.map((cohort) => seatingAt(cohort, month))
  const featureUnits = new Array<number>(compiled.features.length).fill(0)
  compiled.cohorts.forEach((cohort, c) => {
    const { units } = seatings[c]!
    cohort.usage.forEach((usage, u) => (featureUnits[usage.feature]! += units[u]!))
  })
  const cohorts = compiled.cohorts.map((cohort, c) =>
    cohortMonth(cohort, seatings[c]!, compiled, featureUnits, costAt),
  )
  let unallocatedFixed = 0
  compiled.features.forEach((feature, f) => {
    if (featureUnits[f] === 0) unallocatedFixed += feature.fixedMonthly
  })
  let revenue = 0
  let cogs = 0
  for (const cohort of cohorts) {
    revenue += cohort.revenue
    cogs += cohort.cogs
  }
  return {
    month,
    prices,
    featureUnits,
    cohorts,
    revenue,
    cogs: cogs + unallocatedFixed,
    unallocatedFixed,
    costAt,
  }
}
