/**
 * A step's share of a unit's cost: calls·(1 + retry)·one call across the mix·(1 − cache hit),
 * at the mean (any token scale) or the P95 profile (no response cache).
 */
import { callsCostPerUnit, mixCallCost, servedShare } from '../unitCost'
import type { ExplainContext, FeatureAt } from './context'
import { explainMixCall, MEAN, profileTokens, type CallProfile } from './callExplain'
import { featureCell, stepCell } from './targets'
import type { Explanation, Term } from './types'

function stepAt(feature: FeatureAt, stepId: string) {
  const step = feature.compiled.steps.find((s) => s.id === stepId)
  const docStep = feature.doc.steps.find((s) => s.id === stepId)
  return step && docStep ? { step, docStep } : null
}

/** The Steps grid's Cost / call of the step. */
const gridCallCost = (feature: FeatureAt, stepId: string): number =>
  feature.result.steps.find((s) => s.id === stepId)!.callCost

/** The Steps grid's Cost / call: one call across the mix at token scale 1. */
export function explainStepCallCost(
  context: ExplainContext,
  feature: FeatureAt,
  stepId: string,
): Explanation | null {
  const found = stepAt(feature, stepId)
  if (found === null) return null
  const value = gridCallCost(feature, stepId)
  return explainMixCall(context, feature.doc.id, found.step, found.docStep, MEAN, value)
}

/** What the step adds to one unit at `profile`; at the mean and scale 1, its Cost / unit cell. */
export function explainStepCostPerUnit(
  context: ExplainContext,
  feature: FeatureAt,
  stepId: string,
  profile: CallProfile = MEAN,
): Explanation | null {
  const found = stepAt(feature, stepId)
  if (found === null) return null
  const { step, docStep } = found
  const featureId = feature.doc.id
  const tokens = profileTokens(step, profile)
  const atCell = !profile.p95 && profile.tokenScale === 1
  const callValue = atCell
    ? gridCallCost(feature, stepId)
    : mixCallCost(step, tokens, profile.tokenScale, context.ledger.prices)
  const beforeCache = callsCostPerUnit(feature.compiled, tokens.calls, callValue)
  const cached = !profile.p95 && feature.compiled.responseCacheHitPct > 0
  const value = profile.p95 ? beforeCache : beforeCache * servedShare(feature.compiled)
  const terms: Term[] = [
    {
      key: 'calls',
      label: profile.p95 ? 'P95 calls / unit' : 'Calls / unit',
      value: tokens.calls,
      format: 'count',
      target: stepCell(featureId, step.id, profile.p95 ? 'callsPerUnitP95' : 'callsPerUnit'),
    },
  ]
  let formula = '{calls}'
  if (feature.compiled.retryRatePct > 0) {
    terms.push({
      key: 'retry',
      label: 'Retries',
      value: feature.compiled.retryRatePct,
      format: 'pct',
      target: featureCell(featureId, 'retryRatePct'),
    })
    formula += ' × (1 + {retry})'
  }
  terms.push({
    key: 'call',
    label: 'Cost / call',
    value: callValue,
    format: 'callMoney',
    target: atCell ? stepCell(featureId, step.id, 'callCost') : undefined,
    explain: explainMixCall(context, featureId, step, docStep, profile, callValue),
  })
  formula += ' × {call}'
  if (cached) {
    terms.push({
      key: 'cacheHit',
      label: 'Response cache hits',
      value: feature.compiled.responseCacheHitPct,
      format: 'pct',
      target: featureCell(featureId, 'responseCacheHitPct'),
    })
    formula += ' × (1 − {cacheHit})'
  }
  const scaled = profile.tokenScale === 1 ? '' : ` at ${profile.tokenScale}× tokens`
  return {
    label: `${docStep.name}${profile.p95 ? ' at P95' : ''}${scaled}: cost / unit`,
    value,
    format: 'unitMoney',
    formula,
    terms,
    ...(profile.p95 ? { note: 'The tail is a response-cache miss.' } : {}),
  }
}
