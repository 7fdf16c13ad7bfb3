/**
 * The Models screen's month figures (shared/engine/modelsAtMonth.ts): each model's prices in force
 * in a forecast month with the decline applied, the date and index of that point, the cache
 * breakeven at those prices, and the cost of 1,000 sample calls, all checked by hand.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SAMPLE_CALL,
  costPerThousandCalls,
  modelsAtMonth,
  stepCall,
} from '../../../shared/engine/modelsAtMonth'
import type { Model, Override, WorkspaceDoc } from '../../../shared/model/types'
import { step, workspace } from '../engine/builders'

const dated: Model = {
  id: 'm',
  name: 'Model M',
  provider: 'acme',
  kind: 'api',
  // Out of date order on purpose: the point in force goes by `from`, its index by document order.
  prices: [
    { from: '2026-07-01', inputPerMTok: 2, outputPerMTok: 8, cacheReadPerMTok: 0.2 },
    {
      from: '2026-01-15',
      inputPerMTok: 4,
      outputPerMTok: 16,
      cacheReadPerMTok: 0.4,
      cacheWritePerMTok: 5,
    },
  ],
}

const selfHosted: Model = {
  id: 'gpu',
  name: 'Own GPU',
  provider: 'us',
  kind: 'self-hosted',
  prices: [{ from: '2026-01-01', inputPerMTok: 1, outputPerMTok: 1 }],
}

/** startMonth 2026-01; API prices fall 19% a year, so 0.81^(6/12) = 0.9 at month 6. */
const doc: WorkspaceDoc = workspace({
  models: [dated, selfHosted],
  annualPriceDeclinePct: 19,
  horizonMonths: 24,
})

describe('modelsAtMonth', () => {
  it('month 0 (2026-01-01) is before every point of M: its earliest point applies, undeclined', () => {
    const at = modelsAtMonth(doc, 0)
    expect(at.date).toBe('2026-01-01')
    expect(at.declineFactor).toBe(1)
    const m = at.models.get('m')!
    expect(m.from).toBe('2026-01-15')
    expect(m.pointIndex).toBe(1)
    expect(m.prices.base).toEqual({
      input: 4,
      output: 16,
      cacheRead: 0.4,
      cacheWrite: 5,
      reasoning: 16,
    })
    // (cw − cr)/(pIn − cr) = (5 − 0.4)/(4 − 0.4) = 4.6/3.6
    expect(m.cacheBreakevenReuse).toBeCloseTo(4.6 / 3.6, 12)
  })

  it('month 6 (2026-07-01) takes the point dated that day, at 0.9 of list', () => {
    const at = modelsAtMonth(doc, 6)
    expect(at.declineFactor).toBeCloseTo(0.9, 12)
    const m = at.models.get('m')!
    expect(m.from).toBe('2026-07-01')
    expect(m.pointIndex).toBe(0)
    // 2 × 0.9, 8 × 0.9, cache read 0.2 × 0.9, cache write defaults to the input price
    expect(m.prices.base.input).toBeCloseTo(1.8, 12)
    expect(m.prices.base.output).toBeCloseTo(7.2, 12)
    expect(m.prices.base.cacheRead).toBeCloseTo(0.18, 12)
    expect(m.prices.base.cacheWrite).toBeCloseTo(1.8, 12)
    // (1.8 − 0.18)/(1.8 − 0.18) = 1: caching pays once a prefix is read at all
    expect(m.cacheBreakevenReuse).toBeCloseTo(1, 12)
  })

  it('leaves self-hosted prices undeclined; no cache discount has no breakeven', () => {
    const gpu = modelsAtMonth(doc, 6).models.get('gpu')!
    expect(gpu.prices.base.input).toBe(1)
    expect(gpu.cacheBreakevenReuse).toBeNull()
  })

  it("reads the document as a scenario's overrides stand in that month", () => {
    const overrides: Override[] = [
      { path: 'models/m/prices/0/inputPerMTok', op: 'set', value: 3, fromMonth: 9 },
    ]
    expect(modelsAtMonth(doc, 8, overrides).models.get('m')!.prices.base.input).toBeCloseTo(
      2 * 0.81 ** (8 / 12),
      12,
    )
    const month9 = modelsAtMonth(doc, 9, overrides)
    expect(month9.models.get('m')!.prices.base.input).toBeCloseTo(3 * 0.81 ** (9 / 12), 12)
    expect(month9.doc.models[0]!.prices[0]!.inputPerMTok).toBe(3)
  })
})

describe('the cost of 1,000 calls', () => {
  it('prices a step with a cached prefix and a batch share as §3 does', () => {
    const call = stepCall(
      step('s', 'm', {
        inputTokens: 10_000,
        outputTokens: 1_000,
        reasoningTokens: 500,
        cachedPrefixTokens: 4_000,
        prefixReuse: 4,
        batchSharePct: 50,
      }),
    )
    const prices = modelsAtMonth(doc, 0).models.get('m')!.prices // in 4, out 16, cr 0.4, cw 5, batch 0
    // input: 6,000 fresh × 4 + 4,000 × (5/4 + 0.4 × 3/4) = 24,000 + 4,000 × 1.55 = 30,200
    // output: 1,000 × 16 + 500 reasoning × 16 = 24,000; no batch discount on this point
    // one call: 54,200 / 1e6 = 0.0542; 1,000 calls: $54.20
    expect(costPerThousandCalls(call, prices)).toBeCloseTo(54.2, 10)
  })

  it('falls back to 1,000 input and 500 output tokens without a step', () => {
    const prices = modelsAtMonth(doc, 0).models.get('m')!.prices
    // (1,000 × 4 + 500 × 16) / 1e6 × 1,000 = $12
    expect(costPerThousandCalls(DEFAULT_SAMPLE_CALL, prices)).toBeCloseTo(12, 12)
  })
})
