/**
 * `batch` (§12): send all of a step's calls through a batch API, where a model of its mix gives a
 * batch discount. Batch APIs answer within hours, so the lever is only for work that can wait.
 */
import { paths } from '../model/paths/build'
import { formatPctTrimmed } from '../report/format'
import { makesCallsCheaper } from './callCosts'
import { costlySteps, type CandidateContext } from './candidateContext'
import { stepKey, stepTitle } from './labels'
import type { Lever } from './types'

const ALL_CALLS_PCT = 100

export function batchLevers(context: CandidateContext): Lever[] {
  return costlySteps(context).flatMap(({ feature, step }): Lever[] => {
    const batchedPct = step.batchSharePct ?? 0
    // Cheaper only when the share is below 100 and a model with a share gives a discount.
    if (!makesCallsCheaper(context, step, { ...step, batchSharePct: ALL_CALLS_PCT })) return []
    return [
      {
        id: `batch:${stepKey(feature, step)}:${ALL_CALLS_PCT}`,
        kind: 'batch',
        title: `Send all of ${stepTitle(feature, step)} through the batch API`,
        detail:
          `Moves the ${formatPctTrimmed(ALL_CALLS_PCT - batchedPct)} of its calls not yet ` +
          `batched to the providers' batch APIs at their discount; only for work that can wait ` +
          `for an answer (hours, not seconds).`,
        overrides: [
          {
            path: paths.step(feature.id, step.id, 'batchSharePct'),
            op: 'set',
            value: ALL_CALLS_PCT,
          },
        ],
        needsQualityCheck: false,
        featureIds: [feature.id],
      },
    ]
  })
}
