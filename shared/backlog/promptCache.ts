/**
 * `prompt-cache` (§12): cache a step's stable prefix (system prompt, shared context) where it has
 * none. How much of the input is stable is not in the workspace, so the lever states an
 * assumption: half of the input tokens, each cache write read by 10 calls. It is proposed only
 * where that makes the step's calls cheaper at the month's prices — cache reads cheaper than
 * input by enough to pay for the writes.
 */
import { prefixReuseOf } from '../model/defaults'
import { paths } from '../model/paths/build'
import type { Override } from '../model/types'
import { formatNumber } from '../report/format'
import { makesCallsCheaper } from './callCosts'
import { costlySteps, type CandidateContext } from './candidateContext'
import { stepKey, stepTitle } from './labels'
import type { Lever } from './types'

const ASSUMED_PREFIX_SHARE = 0.5
const ASSUMED_REUSE = 10

export function promptCacheLevers(context: CandidateContext): Lever[] {
  return costlySteps(context).flatMap(({ feature, step }): Lever[] => {
    if ((step.cachedPrefixTokens ?? 0) > 0) return []
    const prefix = Math.round(step.inputTokens * ASSUMED_PREFIX_SHARE)
    const reuse = Math.max(prefixReuseOf(step), ASSUMED_REUSE)
    const cached = { ...step, cachedPrefixTokens: prefix, prefixReuse: reuse }
    if (!makesCallsCheaper(context, step, cached)) return []
    const overrides: Override[] = [
      { path: paths.step(feature.id, step.id, 'cachedPrefixTokens'), op: 'set', value: prefix },
    ]
    if (reuse !== prefixReuseOf(step)) {
      overrides.push({
        path: paths.step(feature.id, step.id, 'prefixReuse'),
        op: 'set',
        value: reuse,
      })
    }
    return [
      {
        id: `prompt-cache:${stepKey(feature, step)}:${ASSUMED_PREFIX_SHARE * 100}`,
        kind: 'prompt-cache',
        title: `Cache the stable prompt prefix of ${stepTitle(feature, step)}`,
        detail:
          `Assumes ${formatNumber(prefix)} of its ${formatNumber(step.inputTokens)} input tokens ` +
          `(half) are a stable prefix and each cache write serves ${formatNumber(reuse)} calls.`,
        overrides,
        needsQualityCheck: false,
        featureIds: [feature.id],
      },
    ]
  })
}
