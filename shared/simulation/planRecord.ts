/** The plan the draws spread around: the scenario with no range drawn, as `compute` gives it. */
import { marginPct } from '../engine/margins'
import type { DrawSink } from './drawEvaluator'

export interface PlanMonth {
  grossProfit: number
  grossMarginPct: number | null
}

export interface PlanTotals extends PlanMonth {
  revenue: number
  floorPct: number
}

const monthOf = (revenue: number, cogs: number): PlanMonth => ({
  grossProfit: revenue - cogs,
  grossMarginPct: marginPct(revenue, cogs),
})

export class PlanRecord implements DrawSink {
  /** Set by the evaluation: the simulated month is always within the horizon. */
  portfolioTotals: PlanTotals | undefined
  readonly features: PlanTotals[] = []
  readonly forecast: PlanMonth[] = []

  month(month: number, revenue: number, cogs: number): void {
    this.forecast[month] = monthOf(revenue, cogs)
  }

  portfolio(revenue: number, cogs: number, floorPct: number): void {
    this.portfolioTotals = { revenue, floorPct, ...monthOf(revenue, cogs) }
  }

  feature(feature: number, revenue: number, cogs: number, floorPct: number): void {
    this.features[feature] = { revenue, floorPct, ...monthOf(revenue, cogs) }
  }
}
