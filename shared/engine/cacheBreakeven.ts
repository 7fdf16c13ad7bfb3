/**
 * Prompt-cache breakeven reuse per model (DESIGN.md §3): the calls per cache write at which caching
 * a prefix costs the same as not caching it, `(cw − cr)/(pIn − cr)`; null when reading is no cheaper.
 * Base-tier prices at the month: a long-context tier only applies to some calls.
 */
import type { CompiledDoc, ModelPrices } from './compiledDoc'

export function cacheBreakevenReuse(
  compiled: CompiledDoc,
  prices: readonly ModelPrices[],
): Record<string, number | null> {
  const result: Record<string, number | null> = {}
  compiled.doc.models.forEach((model, row) => {
    result[model.id] = breakevenReuseAt(prices[compiled.modelOrder[row]!]!)
  })
  return result
}

/** One model's breakeven reuse at `prices`; null when a cache read is no cheaper than input. */
export function breakevenReuseAt({ base }: ModelPrices): number | null {
  const { input, cacheRead, cacheWrite } = base
  return input > cacheRead ? (cacheWrite - cacheRead) / (input - cacheRead) : null
}
