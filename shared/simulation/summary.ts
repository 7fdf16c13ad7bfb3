/** A run's report (DESIGN.md §11) from its stored draws and the plan they spread around. */
import type { Range } from '../model/types'
import type { DrawStore } from './drawStore'
import type { PlanRecord } from './planRecord'
import type { DrawSource } from './sources'
import { spreadDrivers } from './spreadDrivers'
import { percentilesOf, shareOf } from './statistics'
import type {
  FeatureDistribution,
  ForecastBand,
  Percentiles,
  PortfolioDistribution,
  SimulationOptions,
  SimulationResult,
} from './types'

export interface RunRecord {
  options: SimulationOptions
  ranges: Range[]
  sources: DrawSource[]
  monthLabels: readonly string[]
  featureIds: readonly string[]
  store: DrawStore
  plan: PlanRecord
  /** Source s's uniforms are slots s·draws … (s + 1)·draws − 1. */
  uniforms: Float64Array
}

/** Gross profit is defined in every draw, so it always has percentiles. */
const profitPercentiles = (values: Float64Array): Percentiles => percentilesOf(values)!

function portfolioOf({ store, plan: planRun }: RunRecord): PortfolioDistribution {
  const plan = planRun.portfolioTotals!
  return {
    revenue: profitPercentiles(store.revenue),
    grossProfit: profitPercentiles(store.grossProfit),
    grossMarginPct: percentilesOf(store.marginPct),
    probBelowFloor: shareOf(store.belowFloor),
    floorPct: plan.floorPct,
    deterministic: {
      revenue: plan.revenue,
      grossProfit: plan.grossProfit,
      grossMarginPct: plan.grossMarginPct,
    },
  }
}

function featuresOf({ store, plan, featureIds }: RunRecord): FeatureDistribution[] {
  return featureIds.map((id, f) => ({
    id,
    grossMarginPct: percentilesOf(store.blockOf(store.featureMarginPct, f)),
    grossProfit: profitPercentiles(store.blockOf(store.featureGrossProfit, f)),
    probBelowFloor: shareOf(store.blockOf(store.featureBelowFloor, f)),
    floorPct: plan.features[f]!.floorPct,
  }))
}

function forecastOf({ options, store, plan: planRun, monthLabels }: RunRecord): ForecastBand[] {
  if (!options.forecast) return []
  return monthLabels.map((month, m) => {
    const plan = planRun.forecast[m]!
    return {
      month,
      grossMarginPct: percentilesOf(store.blockOf(store.forecastMarginPct, m)),
      grossProfit: profitPercentiles(store.blockOf(store.forecastGrossProfit, m)),
      deterministic: { grossProfit: plan.grossProfit, grossMarginPct: plan.grossMarginPct },
    }
  })
}

export function summarize(run: RunRecord): SimulationResult {
  const { options, ranges, sources, store, uniforms } = run
  const { draws } = options
  return {
    draws,
    seed: options.seed,
    scenarioId: options.scenarioId,
    month: run.monthLabels[options.month]!,
    ranges,
    portfolio: portfolioOf(run),
    features: featuresOf(run),
    forecast: forecastOf(run),
    drivers: spreadDrivers(
      sources,
      ranges,
      (s) => uniforms.subarray(s * draws, (s + 1) * draws),
      store.marginPct,
    ),
  }
}
