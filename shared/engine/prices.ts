/** Model prices at month t (DESIGN.md §3 "Price at month t"). */
import { pow } from '../portableMath'
import type { CompiledDoc, CompiledModel, ModelPrices, TierPrices } from './compiledDoc'
import { firstDayOfMonth } from './months'

/** The one constructor of tier prices: a single object shape keeps call costing monomorphic. */
export function tierPrices(
  input: number,
  output: number,
  cacheRead: number,
  cacheWrite: number,
  reasoning: number,
): TierPrices {
  return { input, output, cacheRead, cacheWrite, reasoning }
}

const NO_PRICES: ModelPrices = {
  base: tierPrices(0, 0, 0, 0, 0),
  batchDiscountPct: 0,
  longContext: null,
}

const scaleTier = (tier: TierPrices, factor: number): TierPrices =>
  tierPrices(
    tier.input * factor,
    tier.output * factor,
    tier.cacheRead * factor,
    tier.cacheWrite * factor,
    tier.reasoning * factor,
  )

/**
 * Where in `points` (any order) the point in force on `date` ('YYYY-MM-DD') is: the last dated on
 * or before it (of two on one date, the later listed), else the earliest. Undefined without points.
 */
export function indexInForce(
  points: readonly { from: string }[],
  date: string,
): number | undefined {
  let chosen: number | undefined
  let earliest: number | undefined
  points.forEach((point, index) => {
    if (earliest === undefined || point.from < points[earliest]!.from) earliest = index
    if (point.from <= date && (chosen === undefined || point.from >= points[chosen]!.from)) {
      chosen = index
    }
  })
  return chosen ?? earliest
}

/** The point of `points` (any order) in force on `date`, by indexInForce's rule. */
export const pointOn = <P extends { from: string }>(points: readonly P[], date: string) =>
  points[indexInForce(points, date) ?? -1]

/** The compiled point in force on `date` (§3 "Price at month t"). */
export const pointInForce = (model: CompiledModel, date: string) => pointOn(model.points, date)

/**
 * The prices of the point in force on `date`; a model without price points costs nothing. API
 * prices are multiplied by `declineFactor`.
 */
export function modelPricesAt(
  model: CompiledModel,
  date: string,
  declineFactor: number,
): ModelPrices {
  const chosen = pointInForce(model, date)
  if (!chosen) return NO_PRICES
  const factor = model.isApi ? declineFactor : 1
  if (factor === 1) return chosen.prices
  const { base, batchDiscountPct, longContext } = chosen.prices
  return {
    base: scaleTier(base, factor),
    batchDiscountPct,
    longContext: longContext && {
      thresholdTokens: longContext.thresholdTokens,
      prices: scaleTier(longContext.prices, factor),
    },
  }
}

/** `(1 − annualPriceDeclinePct/100)^(t/12)`: 1 at month 0 and without a decline. */
export const declineFactorAt = (annualPriceDeclinePct: number, month: number): number =>
  pow(1 - annualPriceDeclinePct / 100, month / 12)

/** Every model's prices at `month`, by compiled model index. */
export function pricesAtMonth(compiled: CompiledDoc, month: number): ModelPrices[] {
  const date = firstDayOfMonth(compiled.doc, month)
  const factor = declineFactorAt(compiled.annualPriceDeclinePct, month)
  return compiled.models.map((model) => modelPricesAt(model, date, factor))
}
