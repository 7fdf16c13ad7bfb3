/**
 * Each step's cost at token scale 1 (DESIGN.md §5 wave 2 `features[].steps`): what one call costs
 * across the mix, and what the step adds to a unit after retries and the response cache.
 */
import type { CompiledFeature, ModelPrices } from './compiledDoc'
import type { StepResult } from './results'
import { callsCostPerUnit, mixCallCost, servedShare } from './unitCost'

/** The feature's steps in document order. */
export function stepResults(
  feature: CompiledFeature,
  prices: readonly ModelPrices[],
): StepResult[] {
  const served = servedShare(feature)
  return feature.stepOrder.map((position) => {
    const step = feature.steps[position]!
    const callCost = mixCallCost(step, step.mean, 1, prices)
    return {
      id: step.id,
      callCost,
      costPerUnit: callsCostPerUnit(feature, step.mean.calls, callCost) * served,
    }
  })
}
