/**
 * What one of a step's calls costs on average across its model mix (DESIGN.md §3 "Cost of one
 * call", weighted by the mix's shares), at the prices of one month: before retries, the response
 * cache and the calls per unit, which make a unit's cost.
 */
import type { Step } from '../model/types'
import { callCost } from './callCost'
import type { ModelPrices } from './compiledDoc'
import { stepCall } from './modelsAtMonth'

/** `prices` by model id, as modelPricesInForce gives them for the month. */
export function stepCallCost(step: Step, prices: ReadonlyMap<string, ModelPrices>): number {
  const call = stepCall(step)
  let cost = 0
  for (const entry of step.mix) {
    const price = prices.get(entry.modelId)
    if (price === undefined) continue
    cost +=
      (entry.sharePct / 100) * callCost(call.input, call.output, call.reasoning, call.shape, price)
  }
  return cost
}
