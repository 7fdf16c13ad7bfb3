/** Variable and P95 cost per unit of a feature (DESIGN.md §3), split by layer. */
import { callCost } from './callCost'
import type {
  CompiledFeature,
  CompiledStep,
  LayerCosts,
  ModelPrices,
  TokenProfile,
} from './compiledDoc'

export interface UnitCost extends LayerCosts {
  hidden: number
  variable: number
}

/** Σ_m share·callCost_m: one call of `step`, its token counts scaled by `tokenScale`. */
export function mixCallCost(
  step: CompiledStep,
  tokens: TokenProfile,
  tokenScale: number,
  prices: readonly ModelPrices[],
): number {
  const input = tokens.input * tokenScale
  const output = tokens.output * tokenScale
  const reasoning = tokens.reasoning * tokenScale
  let cost = 0
  for (const entry of step.mix) {
    cost += (entry.sharePct / 100) * callCost(input, output, reasoning, step, prices[entry.model]!)
  }
  return cost
}

/** calls·(1 + retry)·callCost: what a step's calls cost one unit before the response cache. */
export const callsCostPerUnit = (feature: CompiledFeature, calls: number, cost: number): number =>
  calls * (1 + feature.retryRatePct / 100) * cost

/** The share of units the response cache does not answer: 1 − responseCacheHitPct/100. */
export const servedShare = (feature: CompiledFeature): number =>
  1 - feature.responseCacheHitPct / 100

/** One step's share of a unit's token cost before the response cache (mean or P95 profile). */
function stepCostBeforeCache(
  feature: CompiledFeature,
  step: CompiledStep,
  p95: boolean,
  tokenScale: number,
  prices: readonly ModelPrices[],
): number {
  const tokens = p95 ? step.p95 : step.mean
  return callsCostPerUnit(feature, tokens.calls, mixCallCost(step, tokens, tokenScale, prices))
}

/** Σ steps callsPerUnit·(1 + retry)·Σ mix share·callCost, for the mean or the P95 profile. */
function tokenCostPerUnit(
  feature: CompiledFeature,
  p95: boolean,
  tokenScale: number,
  prices: readonly ModelPrices[],
): number {
  let total = 0
  for (const step of feature.steps) {
    total += stepCostBeforeCache(feature, step, p95, tokenScale, prices)
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
  const tokenCost = servedShare(feature) * tokenCostPerUnit(feature, false, tokenScale, prices)
  return withHidden(tokenCost, feature.componentCosts, feature.hiddenCostPct)
}

/** The tail unit: P95 tokens and calls, a response-cache miss, P95 component costs, scale 1. */
export function unitCostP95(feature: CompiledFeature, prices: readonly ModelPrices[]): UnitCost {
  const tokenCost = tokenCostPerUnit(feature, true, 1, prices)
  return withHidden(tokenCost, feature.componentCostsP95, feature.hiddenCostPct)
}
