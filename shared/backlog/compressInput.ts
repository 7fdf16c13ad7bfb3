/**
 * `compress-input` (§12): cut a step's input tokens by 30% (prompt compression, shorter retrieved
 * context), its P95 input too when the workspace gives one (an absent P95 follows the mean).
 */
import { paths } from '../model/paths/build'
import type { Override } from '../model/types'
import { formatNumber } from '../report/format'
import { makesCallsCheaper } from './callCosts'
import { costlySteps, type CandidateContext } from './candidateContext'
import { stepKey, stepTitle } from './labels'
import type { Lever } from './types'

const KEPT_SHARE = 0.7

export function compressInputLevers(context: CandidateContext): Lever[] {
  return costlySteps(context).flatMap(({ feature, step }): Lever[] => {
    const compressed = { ...step, inputTokens: step.inputTokens * KEPT_SHARE }
    if (!makesCallsCheaper(context, step, compressed)) return []
    const scaled = (field: 'inputTokens' | 'inputTokensP95'): Override => ({
      path: paths.step(feature.id, step.id, field),
      op: 'scale',
      value: KEPT_SHARE,
    })
    return [
      {
        id: `compress-input:${stepKey(feature, step)}:${KEPT_SHARE}`,
        kind: 'compress-input',
        title: `Compress the input of ${stepTitle(feature, step)} by 30%`,
        detail:
          `Cuts its input from ${formatNumber(step.inputTokens)} to ` +
          `${formatNumber(compressed.inputTokens)} tokens a call (prompt compression, fewer or ` +
          `shorter retrieved passages), assuming answers hold up.`,
        overrides:
          step.inputTokensP95 === undefined
            ? [scaled('inputTokens')]
            : [scaled('inputTokens'), scaled('inputTokensP95')],
        needsQualityCheck: false,
        featureIds: [feature.id],
      },
    ]
  })
}
