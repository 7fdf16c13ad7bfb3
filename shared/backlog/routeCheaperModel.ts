/**
 * `route-cheaper-model` (§12): move 25, 50 or all of a step's share on its most expensive model to
 * the cheapest workspace model that could do the same work, at the month's prices. Only the
 * cheapest alternative is proposed, to keep the list short.
 */
import { paths } from '../model/paths/build'
import type { Step } from '../model/types'
import { formatCallMoney, formatPctTrimmed } from '../report/format'
import { modelAt, thousandCallsOn } from './callCosts'
import { costlySteps, type CandidateContext } from './candidateContext'
import { compareIds } from './compareIds'
import { modelName, stepKey, stepTitle } from './labels'
import { shareMove } from './mixMove'
import type { Lever } from './types'

/** Percent of the expensive model's share that each proposal moves. */
const PORTIONS = [25, 50, 100] as const

interface PricedModel {
  id: string
  /** 1,000 of the step's calls on it. */
  cost: number
}

const cheapestFirst = (a: PricedModel, b: PricedModel): number =>
  a.cost - b.cost || compareIds(a.id, b.id)
const costliestFirst = (a: PricedModel, b: PricedModel): number =>
  b.cost - a.cost || compareIds(a.id, b.id)

/** The step's costliest model among those with a share (ties: the first by id). */
function mostExpensiveInMix(context: CandidateContext, step: Step): PricedModel | undefined {
  const priced = step.mix
    .filter((entry) => entry.sharePct > 0)
    .map((entry) => ({ id: entry.modelId, cost: thousandCallsOn(context, step, entry.modelId) }))
  return priced.sort(costliestFirst).at(0)
}

/**
 * A model that can take over the calls: an API model (a self-hosted one needs capacity the mix
 * does not plan for) with prices, of the same kind as the one it replaces — both charge for output
 * or neither does, which keeps embedding calls on embedding models.
 */
function canReplace(context: CandidateContext, modelId: string, replaced: string): boolean {
  const model = context.doc.models.find((candidate) => candidate.id === modelId)
  const prices = modelAt(context, modelId)
  const replacedPrices = modelAt(context, replaced).prices
  return (
    model?.kind === 'api' &&
    prices.pointIndex !== null &&
    prices.prices.base.output > 0 === replacedPrices.base.output > 0
  )
}

function cheapestReplacement(
  context: CandidateContext,
  step: Step,
  expensive: PricedModel,
): PricedModel | undefined {
  const cheapest = context.doc.models
    .filter((model) => model.id !== expensive.id && canReplace(context, model.id, expensive.id))
    .map((model) => ({ id: model.id, cost: thousandCallsOn(context, step, model.id) }))
    .sort(cheapestFirst)
    .at(0)
  return cheapest && cheapest.cost < expensive.cost ? cheapest : undefined
}

export function routeCheaperModelLevers(context: CandidateContext): Lever[] {
  return costlySteps(context).flatMap(({ feature, step }) => {
    const expensive = mostExpensiveInMix(context, step)
    const cheaper = expensive && cheapestReplacement(context, step, expensive)
    if (!expensive || !cheaper) return []
    const share = step.mix.find((entry) => entry.modelId === expensive.id)!.sharePct
    const from = modelName(context.doc, expensive.id)
    const to = modelName(context.doc, cheaper.id)
    return PORTIONS.map((portion): Lever => {
      // portion/100 is exact in binary (1, 0.5, 0.25): moving 100% leaves exactly 0 behind.
      const points = share * (portion / 100)
      return {
        id: `route:${stepKey(feature, step)}:${expensive.id}>${cheaper.id}:${portion}`,
        kind: 'route-cheaper-model',
        title: `Route ${formatPctTrimmed(points)} of ${stepTitle(feature, step)} from ${from} to ${to}`,
        detail:
          `Moves ${formatPctTrimmed(points)} of the step's calls (${portion}% of the ` +
          `${formatPctTrimmed(share)} on ${from}) to ${to}, which costs ` +
          `${formatCallMoney(cheaper.cost)} instead of ` +
          `${formatCallMoney(expensive.cost)} per 1,000 of these calls at ${context.monthLabel} ` +
          `prices; the other models keep their shares.`,
        overrides: shareMove(step.mix, expensive.id, cheaper.id, points).map((setting) => ({
          path: paths.mixShare(feature.id, step.id, setting.modelId),
          op: 'set',
          value: setting.sharePct,
        })),
        needsQualityCheck: true,
        featureIds: [feature.id],
      }
    })
  })
}
