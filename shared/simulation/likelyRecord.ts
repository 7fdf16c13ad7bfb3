/** The run with every range at its likely value (DESIGN.md §11's plan line), as plain numbers. */
import { marginPct } from '../engine/margins'
import type { DrawSink } from './drawEvaluator'

export interface LikelyMonth {
  grossProfit: number
  grossMarginPct: number | null
}

export interface LikelyTotals extends LikelyMonth {
  revenue: number
  floorPct: number
}

const monthOf = (revenue: number, cogs: number): LikelyMonth => ({
  grossProfit: revenue - cogs,
  grossMarginPct: marginPct(revenue, cogs),
})

export class LikelyRecord implements DrawSink {
  /** Set by the evaluation: the simulated month is always within the horizon. */
  portfolioTotals: LikelyTotals | undefined
  readonly features: LikelyTotals[] = []
  readonly forecast: LikelyMonth[] = []

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
