/**
 * §5 wave 2 per-feature figures, by hand: each step's cost per call across its mix and per unit,
 * and the variable cost per unit at token scale 1, with or without units.
 */
import { describe, expect, it } from 'vitest'
import { evaluateMonth } from '../../../shared/engine'
import { exampleDocument } from '../../fixtures/documents'
import { apiModel, cohort, feature, plan, step, workspace } from './builders'

const sonnet = apiModel('sonnet', { inputPerMTok: 3, outputPerMTok: 15, batchDiscountPct: 50 })
const small = apiModel('small', { inputPerMTok: 1, outputPerMTok: 2 })

/** Two steps, listed out of id order; retries 25%, 20% of units answered from the cache. */
const routed = feature('f', {
  retryRatePct: 25,
  responseCacheHitPct: 20,
  hiddenCostPct: 10,
  steps: [
    step('z-draft', 'sonnet', {
      callsPerUnit: 2,
      inputTokens: 1_000,
      outputTokens: 500,
      mix: [
        { modelId: 'sonnet', sharePct: 50 },
        { modelId: 'small', sharePct: 50 },
      ],
    }),
    step('a-check', 'sonnet', {
      inputTokens: 1_000,
      outputTokens: 500,
      reasoningTokens: 100,
      batchSharePct: 40,
    }),
  ],
  components: [{ id: 'rag', name: 'RAG', layer: 'orchestration', costPerUnit: 0.01 }],
})

// z-draft: sonnet 1,000·$3/M + 500·$15/M = $0.0105, small 1,000·$1/M + 500·$2/M = $0.002.
const draftCall = 0.5 * 0.0105 + 0.5 * 0.002
// a-check: (1,000·3 + 600·15)/1e6 = $0.012; 40% of calls at half price saves 20%.
const checkCall = 0.012 * 0.8
const draftUnit = 2 * 1.25 * draftCall * 0.8
const checkUnit = 1 * 1.25 * checkCall * 0.8
const variable = (draftUnit + checkUnit + 0.01) * 1.1

function docWith(usage: { tokenScale?: number }[]) {
  return workspace({
    models: [sonnet, small],
    features: [routed],
    plans: [plan('p')],
    cohorts: usage.map((fields, i) =>
      cohort(`c${i}`, 'p', [{ featureId: 'f', unitsPerSeat: 100, ...fields }]),
    ),
  })
}

describe('feature steps and variable cost per unit', () => {
  it('costs each step’s call across its mix and per unit, in the document’s order', () => {
    const [result] = evaluateMonth(docWith([]), 0).features
    expect(result!.steps.map((s) => s.id)).toEqual(['z-draft', 'a-check'])
    const [draft, check] = result!.steps
    expect(draft!.callCost).toBeCloseTo(draftCall, 14)
    expect(check!.callCost).toBeCloseTo(checkCall, 14)
    expect(draft!.costPerUnit).toBeCloseTo(draftUnit, 14)
    expect(check!.costPerUnit).toBeCloseTo(checkUnit, 14)
  })

  it('gives the variable cost per unit when no cohort uses the feature', () => {
    const [result] = evaluateMonth(docWith([]), 0).features
    expect(result!.units).toBe(0)
    expect(result!.costPerUnit).toBeNull()
    expect(result!.variableCostPerUnit).toBeCloseTo(variable, 14)
  })

  it('stays at token scale 1 when a cohort’s tokens are scaled', () => {
    const [result] = evaluateMonth(docWith([{ tokenScale: 3 }]), 0).features
    expect(result!.variableCostPerUnit).toBeCloseTo(variable, 14)
    expect(result!.steps[0]!.callCost).toBeCloseTo(draftCall, 14)
    // The cohort's own cost per unit is the scaled one: three times the tokens of every call.
    expect(result!.costPerUnit).toBeCloseTo((3 * (draftUnit + checkUnit) + 0.01) * 1.1, 12)
  })

  it('matches the support-agent example: 36 calls of 12k in, 2k out on GPT-4o', () => {
    const complex = evaluateMonth(exampleDocument('support-agent.json'), 0).features.find(
      (f) => f.id === 'complex',
    )!
    // The README's complex tickets cost $1.80: no components, so it is all the one step.
    expect(complex.variableCostPerUnit).toBeCloseTo(1.8, 10)
    expect(complex.steps).toHaveLength(1)
    expect(complex.steps[0]!.costPerUnit).toBeCloseTo(1.8, 10)
    expect(complex.steps[0]!.callCost).toBeCloseTo(1.8 / 36, 10)
  })
})
