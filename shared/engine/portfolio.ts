/** The portfolio of a month and its COGS by layer (DESIGN.md §3 "Portfolio", "Zones"). */
import { PORTFOLIO_YELLOW_BAND_PTS } from '../model/defaults'
import type { CompiledDoc } from './compiledDoc'
import { marginPct, zoneOf } from './margins'
import type { MonthLedger } from './monthLedger'
import type { FeatureResult, Layers, PortfolioResult } from './results'

/** Feature layers (fixed cost whatever its component's layer) plus the platform's non-AI COGS. */
export function portfolioLayers(
  ledger: MonthLedger,
  featuresInIdOrder: readonly FeatureResult[],
): Layers {
  const layers: Layers = {
    inference: 0,
    orchestration: 0,
    infrastructure: 0,
    support: 0,
    hidden: 0,
    fixed: 0,
    platform: 0,
  }
  for (const { layers: feature } of featuresInIdOrder) {
    layers.inference += feature.inference
    layers.orchestration += feature.orchestration
    layers.infrastructure += feature.infrastructure
    layers.support += feature.support
    layers.hidden += feature.hidden
    layers.fixed += feature.fixed
  }
  for (const cohort of ledger.cohorts) layers.platform += cohort.platformCogs
  return layers
}

export function portfolioResult(
  compiled: CompiledDoc,
  ledger: MonthLedger,
  layers: Layers,
): PortfolioResult {
  const { revenue, cogs } = ledger
  const grossMarginPct = marginPct(revenue, cogs)
  const aiCogs = cogs - layers.platform
  const floorPct = compiled.portfolioFloorPct
  return {
    revenue,
    cogs,
    grossProfit: revenue - cogs,
    grossMarginPct,
    aiCogs,
    aiCogsPctOfRevenue: revenue === 0 ? null : (aiCogs / revenue) * 100,
    floorPct,
    zone: zoneOf(grossMarginPct, floorPct, PORTFOLIO_YELLOW_BAND_PTS),
  }
}
