/**
 * `response-cache` (§12): serve 10 more units in every 100 whole from the app's response cache.
 * Only for features in use whose steps cost something, and below a 90% hit rate, so the raised
 * rate never passes 100.
 */
import { paths } from '../model/paths/build'
import { formatPctTrimmed } from '../report/format'
import type { CandidateContext } from './candidateContext'
import type { Lever } from './types'

const RAISE_PTS = 10
const HIGHEST_RAISED_PCT = 90

export function responseCacheLevers(context: CandidateContext): Lever[] {
  return context.doc.features.flatMap((feature): Lever[] => {
    const result = context.featureResults.get(feature.id)
    const tokenCost = result?.steps.reduce((sum, step) => sum + step.costPerUnit, 0) ?? 0
    const hitPct = feature.responseCacheHitPct ?? 0
    if (!(result && result.units > 0 && tokenCost > 0 && hitPct < HIGHEST_RAISED_PCT)) return []
    const raised = hitPct + RAISE_PTS
    return [
      {
        id: `response-cache:${feature.id}:+${RAISE_PTS}`,
        kind: 'response-cache',
        title: `Raise ${feature.name}'s response cache hits from ${formatPctTrimmed(hitPct)} to ${formatPctTrimmed(raised)}`,
        detail:
          `Serves another ${RAISE_PTS}% of its volume (per ${feature.unit}) whole from the ` +
          `response cache, without LLM calls; assumes enough repeated requests to reach that rate.`,
        overrides: [
          { path: paths.feature(feature.id, 'responseCacheHitPct'), op: 'set', value: raised },
        ],
        needsQualityCheck: false,
        featureIds: [feature.id],
      },
    ]
  })
}
