/** The cost of one LLM call (DESIGN.md §3 "Cost of one call"), in USD. */
import type { CallShape, ModelPrices, TierPrices } from './compiledDoc'

/** A call with more input tokens than the long-context threshold pays that tier for all of it. */
export const callTier = (input: number, prices: ModelPrices): TierPrices =>
  prices.longContext !== null && input > prices.longContext.thresholdTokens
    ? prices.longContext.prices
    : prices.base

/** The price of a cached prefix token: one call in `reuse` writes the prefix, the others read it. */
export function cachedPrefixPrice(tier: TierPrices, prefixReuse: number): number {
  const reuse = Math.max(1, prefixReuse)
  return tier.cacheWrite / reuse + (tier.cacheRead * (reuse - 1)) / reuse
}

/** 1 − batchShare·batchDiscount: what is left of the price once batched calls are discounted. */
export const batchFactor = (shape: CallShape, prices: ModelPrices): number =>
  1 - ((shape.batchSharePct / 100) * prices.batchDiscountPct) / 100

export function callCost(
  input: number,
  output: number,
  reasoning: number,
  shape: CallShape,
  prices: ModelPrices,
): number {
  const tier = callTier(input, prices)
  const prefix = Math.min(shape.cachedPrefix, input)
  const inputCost =
    (input - prefix) * tier.input + prefix * cachedPrefixPrice(tier, shape.prefixReuse)
  const outputCost = output * tier.output + reasoning * tier.reasoning
  return ((inputCost + outputCost) / 1e6) * batchFactor(shape, prices)
}
