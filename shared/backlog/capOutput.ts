/**
 * `cap-output` (§12): cap a step's P95 output at 1.5 × its mean output (a max-tokens limit) where
 * the P95 runs above that. The engine's mean cost, and so gross profit, stays as it is: the lever
 * shows in the P95 cost and margin. Capping answers can truncate them, hence the quality check.
 */
import { outputTokensP95Of } from '../model/defaults'
import { paths } from '../model/paths/build'
import { formatNumber } from '../report/format'
import { makesCallsCheaper } from './callCosts'
import { costlySteps, type CandidateContext } from './candidateContext'
import { stepKey, stepTitle } from './labels'
import type { Lever } from './types'

const CAP_OF_MEAN = 1.5

export function capOutputLevers(context: CandidateContext): Lever[] {
  return costlySteps(context).flatMap(({ feature, step }): Lever[] => {
    const cap = step.outputTokens * CAP_OF_MEAN
    const p95 = outputTokensP95Of(step)
    // A tail call, compared by its output alone: the cap must make it cheaper.
    if (!makesCallsCheaper(context, { ...step, outputTokens: p95 }, { ...step, outputTokens: cap }))
      return []
    return [
      {
        id: `cap-output:${stepKey(feature, step)}:${CAP_OF_MEAN}`,
        kind: 'cap-output',
        title: `Cap ${stepTitle(feature, step)} output at ${formatNumber(cap)} tokens`,
        detail:
          `Limits P95 output from ${formatNumber(p95)} to ${formatNumber(cap)} tokens a call ` +
          `(1.5 × the mean); this lowers the P95 cost per unit, not the mean cost, so gross ` +
          `profit moves only if the mean output falls too.`,
        overrides: [
          { path: paths.step(feature.id, step.id, 'outputTokensP95'), op: 'set', value: cap },
        ],
        needsQualityCheck: true,
        featureIds: [feature.id],
      },
    ]
  })
}
