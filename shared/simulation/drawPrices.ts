/**
 * Every model's prices at each month of one group of months, for many draws: worked out once from
 * the document, then per draw only for the models the draw's ranges write (by the engine's own
 * modelPricesAt), or all over again when a range writes a workspace field (the price decline).
 * The same prices as pricesAtMonth gives monthLedger, at a fraction of the work.
 */
import type { CompiledDoc, ModelPrices } from '../engine/compiledDoc'
import { firstDayOfMonth } from '../engine/months'
import { declineFactorAt, modelPricesAt, pricesAtMonth } from '../engine/prices'

interface MonthPrices {
  /** 'YYYY-MM-01'. */
  date: string
  declineFactor: number
  prices: ModelPrices[]
}

export class DrawPrices {
  private readonly byMonth = new Map<number, MonthPrices>()

  /** `writtenModels`: compiled positions of the models the ranges write. */
  constructor(
    base: CompiledDoc,
    months: readonly number[],
    private readonly writtenModels: readonly number[],
    private readonly writesWorkspace: boolean,
  ) {
    for (const month of months) {
      this.byMonth.set(month, {
        date: firstDayOfMonth(base.doc, month),
        declineFactor: declineFactorAt(base.annualPriceDeclinePct, month),
        prices: pricesAtMonth(base, month),
      })
    }
  }

  /** The prices at `month` of `compiled`, the group's document with a draw's values set. */
  at(compiled: CompiledDoc, month: number): ModelPrices[] {
    if (this.writesWorkspace) return pricesAtMonth(compiled, month)
    const known = this.byMonth.get(month)!
    if (this.writtenModels.length === 0) return known.prices
    const prices = known.prices.slice()
    for (const position of this.writtenModels) {
      prices[position] = modelPricesAt(compiled.models[position]!, known.date, known.declineFactor)
    }
    return prices
  }
}
