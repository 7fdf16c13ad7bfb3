/** A step's planned values, read through the §2 defaults, to stand beside the observed ones. */
import {
  FIELD_DEFAULTS,
  callsPerUnitOf,
  callsPerUnitP95Of,
  inputTokensP95Of,
  outputTokensP95Of,
  reasoningTokensOf,
  reasoningTokensP95Of,
} from '../../model/defaults'
import type { Step } from '../../model/types'
import type { PlannedStep } from './types'

export function plannedStep(step: Step): PlannedStep {
  const cachedPrefixTokens = step.cachedPrefixTokens ?? FIELD_DEFAULTS.step.cachedPrefixTokens()
  // §3 caches at most the whole input: `pre = min(cachedPrefixTokens, in)`.
  const cached = Math.min(cachedPrefixTokens, step.inputTokens)
  return {
    callsPerUnit: { mean: callsPerUnitOf(step), p95: callsPerUnitP95Of(step) },
    inputTokens: { mean: step.inputTokens, p95: inputTokensP95Of(step) },
    outputTokens: { mean: step.outputTokens, p95: outputTokensP95Of(step) },
    reasoningTokens: { mean: reasoningTokensOf(step), p95: reasoningTokensP95Of(step) },
    cachedPrefixTokens,
    cachedSharePct: step.inputTokens > 0 ? (cached / step.inputTokens) * 100 : null,
    mix: step.mix,
  }
}
