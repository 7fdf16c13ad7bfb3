/**
 * What each model charges in one forecast month, for the Models screen: the prices of the point in
 * force (DESIGN.md §3 "Price at month t", the annual decline applied), the date that point applies
 * from, the prompt-cache breakeven reuse at those prices, and what a sample call costs on it.
 */
import { annualPriceDeclinePctOf, prefixReuseOf, reasoningTokensOf } from '../model/defaults'
import type { Override, Step, WorkspaceDoc } from '../model/types'
import { breakevenReuseAt } from './cacheBreakeven'
import { callCost } from './callCost'
import { compileModel } from './compileParts'
import type { CallShape, ModelPrices } from './compiledDoc'
import { docAtMonth } from './monthResult'
import { firstDayOfMonth } from './months'
import { declineFactorAt, indexInForce, modelPricesAt } from './prices'

export interface ModelAtMonth {
  /** The prices in force, API prices after the decline. */
  prices: ModelPrices
  /** Where in `model.prices` (document order) the point in force is; null without points. */
  pointIndex: number | null
  /** The `from` date of that point; null without points. */
  from: string | null
  /** §3 prompt-cache breakeven reuse at these prices; null when a cache read is no cheaper. */
  cacheBreakevenReuse: number | null
}

export interface ModelsAtMonth {
  month: number
  /** 'YYYY-MM-01': the day the points are looked up on. */
  date: string
  /** What API list prices are multiplied by this month: 1 at month 0 and without a decline. */
  declineFactor: number
  /** The document as the overrides stand this month (the baseline without overrides). */
  doc: WorkspaceDoc
  /** By model id. */
  models: Map<string, ModelAtMonth>
}

/**
 * Every model at `month` on `source` with `overrides` (a scenario's chain) as they stand then.
 * Throws, as the engine does, when the overrides cannot apply.
 */
export function modelsAtMonth(
  source: WorkspaceDoc,
  month: number,
  overrides: readonly Override[] = [],
): ModelsAtMonth {
  const doc = docAtMonth(source, overrides, month)
  const date = firstDayOfMonth(doc, month)
  const declineFactor = declineFactorAt(annualPriceDeclinePctOf(doc), month)
  // Model by model: the rest of the document (features, cohorts) plays no part in a price.
  const models = new Map<string, ModelAtMonth>()
  for (const model of doc.models) {
    const prices = modelPricesAt(compileModel(model), date, declineFactor)
    const pointIndex = indexInForce(model.prices, date) ?? null
    models.set(model.id, {
      prices,
      pointIndex,
      from: pointIndex === null ? null : model.prices[pointIndex]!.from,
      cacheBreakevenReuse: breakevenReuseAt(prices),
    })
  }
  return { month, date, declineFactor, doc, models }
}

/** By model id: the prices each model charges in `month` of `doc` (no overrides). */
export function modelPricesInForce(doc: WorkspaceDoc, month = 0): Map<string, ModelPrices> {
  const { models } = modelsAtMonth(doc, month)
  return new Map([...models].map(([id, model]) => [id, model.prices]))
}

/** One LLM call's tokens and how it uses the prompt cache and the batch API. */
export interface SampleCall {
  input: number
  output: number
  reasoning: number
  shape: CallShape
}

/** The call a step makes (mean tokens, §2 defaults resolved), whatever model it goes to. */
export function stepCall(step: Step): SampleCall {
  return {
    input: step.inputTokens,
    output: step.outputTokens,
    reasoning: reasoningTokensOf(step),
    shape: {
      cachedPrefix: step.cachedPrefixTokens ?? 0,
      prefixReuse: prefixReuseOf(step),
      batchSharePct: step.batchSharePct ?? 0,
    },
  }
}

/** A plain call for a workspace without steps: 1,000 input and 500 output tokens, no caching. */
export const DEFAULT_SAMPLE_CALL: SampleCall = {
  input: 1000,
  output: 500,
  reasoning: 0,
  shape: { cachedPrefix: 0, prefixReuse: 1, batchSharePct: 0 },
}

/** What 1,000 such calls cost at `prices` (§3 "Cost of one call"), in USD. */
export function costPerThousandCalls(call: SampleCall, prices: ModelPrices): number {
  return 1000 * callCost(call.input, call.output, call.reasoning, call.shape, prices)
}
