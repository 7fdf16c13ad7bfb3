/** A step's cost per call across its mix (DESIGN.md §3 "Cost of one call"), by hand. */
import { describe, expect, it } from 'vitest'
import { modelPricesInForce } from '../../../shared/engine'
import { stepCallCost } from '../../../shared/engine/stepCallCost'
import { apiModel, feature, step, workspace } from './builders'

const sonnet = apiModel('sonnet', { inputPerMTok: 3, outputPerMTok: 15 })
const small = apiModel('small', { inputPerMTok: 1, outputPerMTok: 2 })

function docWith(mix: { modelId: string; sharePct: number }[], extra = {}) {
  const routed = step('s', 'sonnet', { inputTokens: 1_000, outputTokens: 500, mix, ...extra })
  return {
    doc: workspace({ models: [sonnet, small], features: [feature('f', { steps: [routed] })] }),
    routed,
  }
}

describe('stepCallCost', () => {
  it('weights each model’s call cost by its share of the mix', () => {
    const { doc, routed } = docWith([
      { modelId: 'sonnet', sharePct: 50 },
      { modelId: 'small', sharePct: 50 },
    ])
    // sonnet: 1,000·$3/M + 500·$15/M = $0.0105; small: 1,000·$1/M + 500·$2/M = $0.002.
    expect(stepCallCost(routed, modelPricesInForce(doc, 0))).toBeCloseTo(
      0.5 * 0.0105 + 0.5 * 0.002,
      12,
    )
  })

  it('counts reasoning tokens at the output price and the batch discount on batched calls', () => {
    const batched = apiModel('sonnet', { inputPerMTok: 3, outputPerMTok: 15, batchDiscountPct: 50 })
    const routed = step('s', 'sonnet', {
      inputTokens: 1_000,
      outputTokens: 500,
      reasoningTokens: 100,
      batchSharePct: 40,
    })
    const doc = workspace({ models: [batched], features: [feature('f', { steps: [routed] })] })
    // (1,000·3 + 600·15)/1e6 = $0.012; 40% of calls at half price saves 20%: $0.0096.
    expect(stepCallCost(routed, modelPricesInForce(doc, 0))).toBeCloseTo(0.0096, 12)
  })
})
