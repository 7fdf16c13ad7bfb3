/**
 * `self-host` (§12 "adopt a self-host option from its crossover month").
 *
 * The engine compares self-host options with the API (§3) but has no switch that adopts one, so
 * this lever adopts an option within the §4a grammar, through the engine like every other lever:
 * from the crossover month (or the month asked about, when later) it inserts a self-hosted model
 * that stands for the option and moves every step's share on the replaced models to it. The model
 * has one price point per month, one price per token for input, output, reasoning and cache alike:
 * the option's self-host cost that month divided by the tokens it would serve — both from the
 * active scenario's self-host comparison. Those tokens are the §3 sum over the same calls the
 * moved shares route to the model, so the calls on it cost exactly what the option costs that
 * month, replicas included.
 *
 * What follows from doing it through the engine: the feature's hidden cost uplift applies to
 * these calls as to any inference cost (the comparison itself leaves it out), and a month with no
 * tokens to serve carries no self-host cost.
 */
import { firstDayOfMonth, monthLabel } from '../engine/months'
import type { SelfHostMonth, SelfHostResult } from '../engine/results'
import { uniqueId } from '../model/freeNames'
import { paths } from '../model/paths/build'
import type { Model, Override, SelfHostOption, Step, WorkspaceDoc } from '../model/types'
import { formatMoney, formatNumber } from '../report/format'
import type { CandidateContext } from './candidateContext'
import { modelName } from './labels'
import { movedMix, shareMove } from './mixMove'
import type { Lever } from './types'

const TOKENS_PER_MILLION = 1e6

/** What a token served on the option costs in the month, per million tokens. */
const pricePerMTok = (row: SelfHostMonth): number =>
  row.tokens > 0 ? (row.selfHostCost / row.tokens) * TOKENS_PER_MILLION : 0

function optionModel(
  doc: WorkspaceDoc,
  option: SelfHostOption,
  monthly: readonly SelfHostMonth[],
  start: number,
): Model {
  return {
    id: uniqueId(
      `self-host-${option.id}`,
      doc.models.map((model) => model.id),
    ),
    name: option.name,
    provider: 'self-hosted',
    kind: 'self-hosted',
    prices: monthly.slice(start).map((row, index) => {
      const price = pricePerMTok(row)
      return {
        from: firstDayOfMonth(doc, start + index),
        inputPerMTok: price,
        outputPerMTok: price,
      }
    }),
  }
}

/** Every model of `replaced` moved in full to `to`, one model after the other. */
function moveAll(step: Step, replaced: ReadonlySet<string>, to: string) {
  let mix = step.mix
  const settings = []
  for (const entry of step.mix) {
    if (!replaced.has(entry.modelId) || !(entry.sharePct > 0)) continue
    settings.push(...shareMove(mix, entry.modelId, to, entry.sharePct))
    mix = movedMix(mix, entry.modelId, to, entry.sharePct)
  }
  return settings
}

function selfHostLever(
  context: CandidateContext,
  option: SelfHostOption,
  result: SelfHostResult,
  crossoverMonth: number,
): Lever[] {
  const { doc } = context
  const start = Math.max(crossoverMonth, context.month)
  const startRow = result.monthly[start]
  if (!startRow) return []
  const model = optionModel(doc, option, result.monthly, start)
  const replaced = new Set(option.replacesModelIds)
  const featureIds = new Set<string>()
  const moves: Override[] = []
  for (const feature of doc.features) {
    for (const step of feature.steps) {
      for (const setting of moveAll(step, replaced, model.id)) {
        featureIds.add(feature.id)
        const path = paths.mixShare(feature.id, step.id, setting.modelId)
        moves.push({ path, op: 'set', value: setting.sharePct, fromMonth: start })
      }
    }
  }
  if (moves.length === 0) return []
  const saving = startRow.apiCost - startRow.selfHostCost
  const setupCost = option.setupCost ?? 0
  const replacedNames = option.replacesModelIds.map((id) => modelName(doc, id)).join(', ')
  return [
    {
      id: `self-host:${option.id}:${start}`,
      kind: 'self-host',
      title: `Self-host ${option.name} from ${monthLabel(doc, start)}`,
      detail:
        `Serves the calls on ${replacedNames} on the option from ${monthLabel(doc, start)} ` +
        `(crossover ${monthLabel(doc, crossoverMonth)}), priced each month at what it costs ` +
        `then: ${formatMoney(startRow.selfHostCost)} for ${formatNumber(startRow.tokens, 0)} ` +
        `tokens in ${startRow.month}, saving ${formatMoney(saving)}/month against the API per ` +
        `the crossover analysis${setupCost > 0 ? `; setup ${formatMoney(setupCost)} once` : ''}.`,
      overrides: [{ path: paths.models(), op: 'insert', value: model, fromMonth: start }, ...moves],
      needsQualityCheck: true,
      featureIds: [...featureIds],
      ...(setupCost > 0 ? { oneOffCost: setupCost } : {}),
    },
  ]
}

export function selfHostLevers(context: CandidateContext): Lever[] {
  return context.selfHost.flatMap((result) => {
    const option = context.doc.selfHost.find((candidate) => candidate.id === result.id)
    return option && result.crossoverMonth !== null
      ? selfHostLever(context, option, result, result.crossoverMonth)
      : []
  })
}
