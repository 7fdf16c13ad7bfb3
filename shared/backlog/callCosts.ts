/**
 * What a step's calls cost at the month's prices (§3 "Cost of one call", through the engine's
 * sample-call costing), per 1,000 calls: how levers rank models and tell whether a change to a
 * step makes its calls cheaper at all.
 */
import { costPerThousandCalls, stepCall, type ModelAtMonth } from '../engine/modelsAtMonth'
import type { Step } from '../model/types'
import type { CandidateContext } from './candidateContext'

export function modelAt(context: CandidateContext, modelId: string): ModelAtMonth {
  const model = context.models.get(modelId)
  // A validated document's mixes name only its own models.
  if (!model) throw new Error(`model "${modelId}" is not in the workspace`)
  return model
}

/** 1,000 of the step's calls (mean tokens, token scale 1) on one model. */
export const thousandCallsOn = (context: CandidateContext, step: Step, modelId: string): number =>
  costPerThousandCalls(stepCall(step), modelAt(context, modelId).prices)

/** 1,000 of the step's calls spread over its mix. */
export const thousandCallsAcrossMix = (context: CandidateContext, step: Step): number =>
  step.mix.reduce(
    (sum, entry) => sum + (entry.sharePct / 100) * thousandCallsOn(context, step, entry.modelId),
    0,
  )

/**
 * Costs within this fraction of each other are the same: a cache priced like input, split into
 * its write and read shares, comes back an ulp cheaper than the input it replaces.
 */
const SAME_COST = 1e-9

/** Whether the step, changed as a lever would change it, costs less per call. */
export function makesCallsCheaper(context: CandidateContext, step: Step, changed: Step): boolean {
  const before = thousandCallsAcrossMix(context, step)
  return thousandCallsAcrossMix(context, changed) < before * (1 - SAME_COST)
}
