/**
 * Monte Carlo over a workspace's ranges (DESIGN.md §11): what a run is asked for and what it
 * reports. The CLI prints `SimulationResult` as JSON; the app's worker returns it with the samples
 * the histogram needs.
 */
import type { Range } from '../model/types'

/** §11's `P`: the mean and nearest-rank percentiles over the draws. */
export interface Percentiles {
  mean: number
  p5: number
  p25: number
  p50: number
  p75: number
  p95: number
}

export interface SimulationOptions {
  /** Null: the baseline. */
  scenarioId: string | null
  /** 1..100,000; default 2,000. */
  draws: number
  /** Any 32-bit unsigned integer; the same seed gives the same numbers. */
  seed: number
  /** The month the portfolio and feature distributions are for (0-based); default 0. */
  month: number
  /**
   * Whether to evaluate every month of the horizon for the fan (default true). False evaluates
   * the month alone and reports no forecast: a run over a large workspace in a fraction of the
   * time.
   */
  forecast: boolean
}

/** A margin's distribution; null percentiles when no draw had revenue (no margin). */
export interface MarginDistribution {
  grossMarginPct: Percentiles | null
  grossProfit: Percentiles
  /** Share of draws (0..1) whose margin is below the floor; a draw without a margin counts. */
  probBelowFloor: number
}

export interface PortfolioDistribution extends MarginDistribution {
  revenue: Percentiles
  /** The plan's floor; a range on a floor moves each draw's own, which probBelowFloor uses. */
  floorPct: number
  /** The plan itself: the scenario with no range drawn, as `compute` gives it. */
  deterministic: { revenue: number; grossProfit: number; grossMarginPct: number | null }
}

export interface FeatureDistribution extends MarginDistribution {
  id: string
  /** The plan's floor; a range on a floor moves each draw's own, which probBelowFloor uses. */
  floorPct: number
}

export interface ForecastBand {
  /** 'YYYY-MM'. */
  month: string
  grossMarginPct: Percentiles | null
  grossProfit: Percentiles
  /** The plan's month, as `compute`'s forecast gives it. */
  deterministic: { grossProfit: number; grossMarginPct: number | null }
}

/** One source of spread: a range alone, or a group (its ranges move together). */
export interface Driver {
  /** The range's path; for a group, its first range's path. */
  path: string
  group?: string
  /** The paths of a group's ranges (one for a range alone). */
  paths: string[]
  /** Spearman rank correlation of the source's quantile with portfolio margin at the month. */
  rankCorrelation: number
  /** rankCorrelation² over the sum of every source's: the share of the spread it explains. */
  varianceShare: number
}

export interface SimulationResult {
  draws: number
  seed: number
  scenarioId: string | null
  /** 'YYYY-MM' of the month asked for. */
  month: string
  /** The ranges in force (the baseline's, replaced path by path along the scenario chain). */
  ranges: Range[]
  portfolio: PortfolioDistribution
  features: FeatureDistribution[]
  /** Every month of the horizon; empty when the run was asked for no forecast. */
  forecast: ForecastBand[]
  drivers: Driver[]
}

/** What the app's worker also returns: every draw's portfolio margin, for the histogram. */
export interface SimulationSamples {
  /** Portfolio gross margin (%) at the month, one per draw (NaN: no revenue). */
  portfolioMarginPct: Float64Array
}

export interface SimulationProgress {
  done: number
  total: number
}

export const DEFAULT_DRAWS = 2000
export const MAX_DRAWS = 100_000
/** Seeds are 32-bit unsigned integers. */
export const MAX_SEED = 2 ** 32 - 1
/** The seed of a run that names none. */
export const DEFAULT_SEED = 1
