/**
 * Re-costing (DESIGN.md §9): each aggregate priced at the price book's point in force on its day,
 * beside what the provider billed, so a stale or missing price point shows as a gap.
 */
import { batchFactor, callTier } from '../../engine/callCost'
import { compileModel } from '../../engine/compileParts'
import type { CompiledModel } from '../../engine/compiledDoc'
import { modelPricesAt } from '../../engine/prices'
import type { WorkspaceDoc } from '../../model/types'
import { formatCents } from '../../report/format'
import type { DailyAggregate } from '../types'

/** The past is priced as it was billed: the forecast's annual price decline does not apply. */
const NO_DECLINE = 1

/** A reported cost this far (as a fraction) from the expected one flags the price point. */
export const PRICE_GAP_TOLERANCE = 0.02

/** The workspace's models compiled once, by id. */
export function compiledModelsById(doc: WorkspaceDoc): ReadonlyMap<string, CompiledModel> {
  return new Map(doc.models.map((model) => [model.id, compileModel(model)]))
}

/**
 * What `aggregate` costs at the point of `model` in force on its day: §3's call cost with
 * `cachedPrefixTokens` read as the cached input tokens, except that an aggregate knows how many of
 * its prefix tokens were read and how many written, so each part is priced at its own price
 * instead of through the prefix-reuse blend. Null when the aggregate's model is unknown or has no
 * price points.
 */
export function expectedCost(
  aggregate: DailyAggregate,
  model: CompiledModel | undefined,
): number | null {
  if (aggregate.modelId === null || model === undefined || model.points.length === 0) return null
  const prices = modelPricesAt(model, aggregate.day, NO_DECLINE)
  const { calls, inputTokens, cachedInputTokens, cacheWriteTokens } = aggregate
  const promptTokens = inputTokens + cachedInputTokens + cacheWriteTokens
  // The tier is a per-call rule: an aggregate's calls are taken as all alike, at their average.
  const tier = callTier(calls > 0 ? promptTokens / calls : promptTokens, prices)
  const tokenCost =
    inputTokens * tier.input +
    cachedInputTokens * tier.cacheRead +
    cacheWriteTokens * tier.cacheWrite +
    aggregate.outputTokens * tier.output +
    aggregate.reasoningTokens * tier.reasoning
  const batchSharePct = calls > 0 ? (aggregate.batchCalls / calls) * 100 : 0
  const shape = { cachedPrefix: cachedInputTokens, prefixReuse: 1, batchSharePct }
  return (tokenCost / 1e6) * batchFactor(shape, prices)
}

/** One model's day: what the provider billed beside what the price book says. */
export interface PriceGap {
  day: string
  modelId: string
  reportedCost: number
  expectedCost: number
  /** (reported − expected)/expected·100; null when the price book says it costs nothing. */
  gapPct: number | null
  /** Off by more than 2%, or billed where the price book says nothing is owed. */
  flagged: boolean
  /** For the person, when flagged. */
  message: string | null
}

/**
 * Reported against expected cost per model and day, over the aggregates that report a cost and
 * can be re-costed (the others have nothing to compare). Sorted by day, then model.
 */
export function priceGaps(aggregates: readonly DailyAggregate[], doc: WorkspaceDoc): PriceGap[] {
  const models = compiledModelsById(doc)
  const sums = new Map<
    string,
    { day: string; modelId: string; reported: number; expected: number }
  >()
  for (const aggregate of aggregates) {
    const { modelId, reportedCost } = aggregate
    if (modelId === null || reportedCost === null) continue
    const expected = expectedCost(aggregate, models.get(modelId))
    if (expected === null) continue
    const key = `${aggregate.day}\n${modelId}`
    const sum = sums.get(key) ?? { day: aggregate.day, modelId, reported: 0, expected: 0 }
    sum.reported += reportedCost
    sum.expected += expected
    sums.set(key, sum)
  }
  return [...sums.values()]
    .sort((a, b) => a.day.localeCompare(b.day) || a.modelId.localeCompare(b.modelId))
    .map(({ day, modelId, reported, expected }) => {
      const gap = expected === 0 ? null : (reported - expected) / expected
      const flagged = gap === null ? reported > 0 : Math.abs(gap) > PRICE_GAP_TOLERANCE
      return {
        day,
        modelId,
        reportedCost: reported,
        expectedCost: expected,
        gapPct: gap === null ? null : gap * 100,
        flagged,
        message: flagged
          ? `The price book says ${formatCents(expected)}, the provider billed ` +
            `${formatCents(reported)}: is a price point missing?`
          : null,
      }
    })
}
