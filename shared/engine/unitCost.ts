/** Variable and P95 cost per unit of a feature (DESIGN.md §3), split by layer. */
import { callCost } from './callCost'
import type { CompiledFeature, LayerCosts, ModelPrices } from './compiledDoc'

export interface UnitCost extends LayerCosts {
  hidden: number
  variable: number
}

/** Σ steps callsPerUnit·(1 + retry)·Σ mix share·callCost, for the mean or the P95 profile. */
function tokenCostPerUnit(
  feature: CompiledFeature,
  p95: boolean,
  tokenScale: number,
  prices: readonly ModelPrices[],
): number {
  const retryFactor = 1 + feature.retryRatePct / 100
  let total = 0
  for (const step of feature.steps) {
    const tokens = p95 ? step.p95 : step.mean
    const input = tokens.input * tokenScale
    const output = tokens.output * tokenScale
    const reasoning = tokens.reasoning * tokenScale
    let mixCost = 0
    for (const entry of step.mix) {
      const price = prices[entry.model]!
      mixCost += (entry.sharePct / 100) * callCost(input, output, reasoning, step, price)
    }
    total += tokens.calls * retryFactor * mixCost
  }
  return total
}

function withHidden(tokenCost: number, components: LayerCosts, hiddenCostPct: number): UnitCost {
  const inference = tokenCost + components.inference
  const { orchestration, infrastructure, support } = components
  const hidden = (hiddenCostPct / 100) * (inference + orchestration + infrastructure + support)
  const variable = inference + orchestration + infrastructure + support + hidden
  return { inference, orchestration, infrastructure, support, hidden, variable }
}

/** The variable cost of one unit for a cohort whose tokens are scaled by `tokenScale`. */
export function unitCost(
  feature: CompiledFeature,
  prices: readonly ModelPrices[],
  tokenScale: number,
): UnitCost {
  const served = 1 - feature.responseCacheHitPct / 100
  const tokenCost = served * tokenCostPerUnit(feature, false, tokenScale, prices)
  return withHidden(tokenCost, feature.componentCosts, feature.hiddenCostPct)
}

/** The tail unit: P95 tokens and calls, a response-cache miss, P95 component costs, scale 1. */
export function unitCostP95(feature: CompiledFeature, prices: readonly ModelPrices[]): UnitCost {
  const tokenCost = tokenCostPerUnit(feature, true, 1, prices)
  return withHidden(tokenCost, feature.componentCostsP95, feature.hiddenCostPct)
}
