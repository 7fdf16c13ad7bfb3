/**
 * One call of a step on one model (DESIGN.md §3 "Cost of one call"): tokens times the prices of
 * the tier it pays, less the batch discount.
 */
import type { Step } from '../../model/types'
import { batchFactor, cachedPrefixPrice, callCost, callTier } from '../callCost'
import type { CompiledStep, TokenProfile } from '../compiledDoc'
import { firstDayOfMonth } from '../months'
import { indexInForce } from '../prices'
import type { ExplainContext } from './context'
import { mixShareCell, priceCell, stepCell } from './targets'
import { sumFormula, sumOf, type CellTarget, type Explanation, type Term } from './types'

/** Which profile a step's calls are explained at: the mean (scaled) or the P95 tail. */
export interface CallProfile {
  p95: boolean
  tokenScale: number
}

/** The mean profile at token scale 1: the grids' own figures. */
export const MEAN: CallProfile = { p95: false, tokenScale: 1 }

export const profileTokens = (step: CompiledStep, profile: CallProfile): TokenProfile =>
  profile.p95 ? step.p95 : step.mean

/** The step's token fields behind each kind of token, mean or P95. */
const tokenColumns = {
  mean: { input: 'inputTokens', output: 'outputTokens', reasoning: 'reasoningTokens' },
  p95: { input: 'inputTokensP95', output: 'outputTokensP95', reasoning: 'reasoningTokensP95' },
} as const

interface TokenPart {
  key: string
  label: string
  tokens: number
  price: number
  tokensAt?: CellTarget
  priceAt?: CellTarget
}

function partTerm(part: TokenPart): Term {
  const value = (part.tokens * part.price) / 1e6
  return {
    key: part.key,
    label: part.label,
    value,
    format: 'callMoney',
    explain: {
      label: part.label,
      value,
      format: 'callMoney',
      formula: '{tokens} × {price}',
      terms: [
        {
          key: 'tokens',
          label: 'Tokens',
          value: part.tokens,
          format: 'tokens',
          target: part.tokensAt,
        },
        {
          key: 'price',
          label: 'Price',
          value: part.price,
          format: 'perMTok',
          target: part.priceAt,
        },
      ],
    },
  }
}

/** One call of `step` on model `modelIndex`, at `profile`'s tokens. */
function explainModelCall(
  context: ExplainContext,
  featureId: string,
  step: CompiledStep,
  modelIndex: number,
  profile: CallProfile,
): Explanation {
  const { compiled, ledger } = context
  const model = compiled.doc.models.find((m) => m.id === compiled.models[modelIndex]!.id)!
  const prices = ledger.prices[modelIndex]!
  const tokens = profileTokens(step, profile)
  const scale = profile.tokenScale
  const input = tokens.input * scale
  const tier = callTier(input, prices)
  const prefix = Math.min(step.cachedPrefix, input)
  const point = indexInForce(model.prices, firstDayOfMonth(compiled.doc, ledger.month))
  const longContext = tier !== prices.base
  // Long-context prices have no cells of their own: only base-tier prices link to the grid.
  const priceAt = (column: string) =>
    point === undefined || longContext ? undefined : priceCell(model.id, point, column)
  const columns = tokenColumns[profile.p95 ? 'p95' : 'mean']
  // Scaled tokens are not the step's cell: they link only at scale 1.
  const tokensAt = (column: string) =>
    scale === 1 ? stepCell(featureId, step.id, column) : undefined
  const tier_ = longContext ? ' (long-context price)' : ''
  const parts: TokenPart[] = [
    {
      key: 'input',
      label: `Input${tier_}`,
      tokens: input - prefix,
      price: tier.input,
      tokensAt: prefix === 0 ? tokensAt(columns.input) : undefined,
      priceAt: priceAt('inputPerMTok'),
    },
  ]
  if (prefix > 0) {
    parts.push({
      key: 'prefix',
      label: 'Cached prefix (cache write and reads, blended)',
      tokens: prefix,
      price: cachedPrefixPrice(tier, step.prefixReuse),
      tokensAt: stepCell(featureId, step.id, 'cachedPrefixTokens'),
    })
  }
  parts.push({
    key: 'output',
    label: `Output${tier_}`,
    tokens: tokens.output * scale,
    price: tier.output,
    tokensAt: tokensAt(columns.output),
    priceAt: priceAt('outputPerMTok'),
  })
  if (tokens.reasoning > 0) {
    parts.push({
      key: 'reasoning',
      label: 'Reasoning',
      tokens: tokens.reasoning * scale,
      price: tier.reasoning,
      tokensAt: tokensAt(columns.reasoning),
      priceAt: priceAt(longContext ? 'outputPerMTok' : 'reasoningPerMTok'),
    })
  }
  const terms = parts.map(partTerm)
  const factor = batchFactor(step, prices)
  const value = callCost(input, tokens.output * scale, tokens.reasoning * scale, step, prices)
  const label = `One call on ${model.name}`
  if (factor === 1) return sumOf(label, value, 'callMoney', terms)
  const sum = sumFormula(terms)
  terms.push({
    key: 'batch',
    label: 'Price after the batch discount',
    value: factor * 100,
    format: 'pct',
    target: stepCell(featureId, step.id, 'batchSharePct'),
  })
  return { label, value, format: 'callMoney', formula: `(${sum}) × {batch}`, terms }
}

/** Σ_m share·callCost_m: one call across the step's model mix. */
export function explainMixCall(
  context: ExplainContext,
  featureId: string,
  step: CompiledStep,
  docStep: Step,
  profile: CallProfile,
  value: number,
): Explanation {
  const label = `One call of ${docStep.name}`
  const [only] = step.mix
  if (step.mix.length === 1 && only!.sharePct === 100) {
    return { ...explainModelCall(context, featureId, step, only!.model, profile), label }
  }
  const terms = step.mix.map((entry): Term => {
    const call = explainModelCall(context, featureId, step, entry.model, profile)
    const modelId = context.compiled.models[entry.model]!.id
    const share = (entry.sharePct / 100) * call.value!
    return {
      key: `m${entry.model}`,
      label: call.label.replace('One call on ', ''),
      value: share,
      format: 'callMoney',
      explain: {
        label: `${call.label}, weighted by its share`,
        value: share,
        format: 'callMoney',
        formula: '{share} × {call}',
        terms: [
          {
            key: 'share',
            label: 'Share of calls',
            value: entry.sharePct,
            format: 'pct',
            target: mixShareCell(featureId, step.id, modelId),
          },
          { key: 'call', label: call.label, value: call.value, format: 'callMoney', explain: call },
        ],
      },
    }
  })
  return sumOf(label, value, 'callMoney', terms)
}
