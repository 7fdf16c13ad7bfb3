/**
 * Daily facts: the actuals priced and paired with revenue, the one input of the Actuals view,
 * the alerts (§10), plan vs actual and the weekly review. Built by `dailyFacts` from aggregates.
 */

/** What a feature's day cost, by what it cost on: `step:<id>`, `model:<id>`, `component:<id>`. */
export type DriverCosts = Readonly<Record<string, number>>

export interface FeatureDay {
  day: string
  featureId: string
  units: number
  calls: number
  /** Token cost as billed (reported; expected where the source reports none). */
  tokenCost: number
  /** Token cost at the price book's price in force that day (§9 re-costing); null: no price. */
  expectedCost: number | null
  /**
   * All the feature's cost that day: token cost, its components' cost per unit × units, the
   * hidden uplift on both, and its fixed monthly cost prorated by day (§10).
   */
  cost: number
  /** Null when neither a revenue import nor the plan gives the feature revenue. */
  revenue: number | null
  /** True when revenue is the plan's revenue per unit × actual units, not imported (§9). */
  revenueEstimated: boolean
  drivers: DriverCosts
}

export interface CustomerDay {
  day: string
  customerId: string
  cohortId: string | null
  units: number
  cost: number
  revenue: number | null
  revenueEstimated: boolean
}

export interface CohortDay {
  day: string
  cohortId: string
  units: number
  cost: number
  revenue: number | null
  revenueEstimated: boolean
}

/** Every day in [from, to] (inclusive, sorted), the facts of days with usage. */
export interface DailyFacts {
  from: string
  to: string
  days: readonly string[]
  features: readonly FeatureDay[]
  customers: readonly CustomerDay[]
  cohorts: readonly CohortDay[]
}
