/**
 * The prices each model charges in a given month (DESIGN.md §3 "Price at month t"): the Models
 * grid shows them beside each model so nobody has to read a price history to know today's price.
 */
import { annualPriceDeclinePctOf } from '../model/defaults'
import type { WorkspaceDoc } from '../model/types'
import { compileModel } from './compileParts'
import type { ModelPrices } from './compiledDoc'
import { firstDayOfMonth } from './months'
import { declineFactorAt, modelPricesAt, pointInForce } from './prices'

/** By model id; a model without price points charges nothing. */
export function modelPricesInForce(doc: WorkspaceDoc, month = 0): Map<string, ModelPrices> {
  const date = firstDayOfMonth(doc, month)
  const factor = declineFactorAt(annualPriceDeclinePctOf(doc), month)
  return new Map(
    doc.models.map((model) => [model.id, modelPricesAt(compileModel(model), date, factor)]),
  )
}

/** By model id: the `from` date of the price point in force that month; null without points. */
export function priceDatesInForce(doc: WorkspaceDoc, month = 0): Map<string, string | null> {
  const date = firstDayOfMonth(doc, month)
  return new Map(
    doc.models.map((model) => [model.id, pointInForce(compileModel(model), date)?.from ?? null]),
  )
}
