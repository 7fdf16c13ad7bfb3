/** The cost of one LLM call (DESIGN.md §3 "Cost of one call"), in USD. */
import type { CallShape, ModelPrices } from './compiledDoc'

export function callCost(
  input: number,
  output: number,
  reasoning: number,
  shape: CallShape,
  prices: ModelPrices,
): number {
  const { longContext } = prices
  const tier =
    longContext !== null && input > longContext.thresholdTokens ? longContext.prices : prices.base
  const prefix = Math.min(shape.cachedPrefix, input)
  const reuse = Math.max(1, shape.prefixReuse)
  // One call in `reuse` writes the cached prefix; the others read it.
  const prefixPrice = tier.cacheWrite / reuse + (tier.cacheRead * (reuse - 1)) / reuse
  const inputCost = (input - prefix) * tier.input + prefix * prefixPrice
  const outputCost = output * tier.output + reasoning * tier.reasoning
  const batchSaving = ((shape.batchSharePct / 100) * prices.batchDiscountPct) / 100
  return ((inputCost + outputCost) / 1e6) * (1 - batchSaving)
}
