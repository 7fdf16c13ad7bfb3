/**
 * The calls the Models screen prices each model at ("cost per 1,000 calls"): one per step of every
 * feature, or a plain sample call while the workspace has no steps.
 */
import {
  DEFAULT_SAMPLE_CALL,
  stepCall,
  type SampleCall,
} from '../../../../shared/engine/modelsAtMonth'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { formatNumber } from '../../../../shared/report/format'

export interface SampleCallChoice {
  /** `<featureId>/<stepId>`; stable across edits of names and tokens. */
  key: string
  /** "Support agent › Classify and route". */
  label: string
  call: SampleCall
}

export function sampleCallChoices(doc: WorkspaceDoc): SampleCallChoice[] {
  return doc.features.flatMap((feature) =>
    feature.steps.map((step) => ({
      key: `${feature.id}/${step.id}`,
      label: `${feature.name} › ${step.name}`,
      call: stepCall(step),
    })),
  )
}

/** The chosen step's call; the first step when the choice is gone; null without steps. */
export function chosenSampleCall(
  choices: readonly SampleCallChoice[],
  key: string | null,
): SampleCallChoice | null {
  return choices.find((choice) => choice.key === key) ?? choices[0] ?? null
}

/** The call the costs are for, or the default one when there is no step to take it from. */
export const callOf = (choice: SampleCallChoice | null): SampleCall =>
  choice?.call ?? DEFAULT_SAMPLE_CALL

const tokens = (count: number): string => formatNumber(count, 0)

/**
 * The call in words: "1,800 input + 60 output tokens; 1,200-token prefix cached, 50 calls per
 * write; 60% via the batch API".
 */
export function describeCall(call: SampleCall): string {
  const counts = [`${tokens(call.input)} input`, `${tokens(call.output)} output`]
  if (call.reasoning > 0) counts.push(`${tokens(call.reasoning)} reasoning`)
  const parts = [`${counts.join(' + ')} tokens a call`]
  const { cachedPrefix, prefixReuse, batchSharePct } = call.shape
  if (cachedPrefix > 0) {
    const calls = prefixReuse === 1 ? '1 call' : `${formatNumber(prefixReuse, 2)} calls`
    parts.push(`${tokens(cachedPrefix)}-token prefix cached, ${calls} per cache write`)
  }
  if (batchSharePct > 0) parts.push(`${formatNumber(batchSharePct, 1)}% via the batch API`)
  return parts.join('; ')
}
