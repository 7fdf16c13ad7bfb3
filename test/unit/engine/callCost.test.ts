/** The cost of one call (DESIGN.md §3), computed by hand. */
import { describe, expect, it } from 'vitest'
import { callCost } from '../../../shared/engine/callCost'
import type { CallShape, ModelPrices } from '../../../shared/engine/compiledTypes'
import { tierPrices } from '../../../shared/engine/prices'

/** $2 in, $10 out, cache read $0.20, cache write $2.50, reasoning $10 (the output price). */
const prices: ModelPrices = {
  base: tierPrices(2, 10, 0.2, 2.5, 10),
  batchDiscountPct: 50,
  longContext: null,
}
const plain: CallShape = { cachedPrefix: 0, prefixReuse: 1, batchSharePct: 0 }

describe('callCost', () => {
  it('prices input, output and reasoning tokens per million', () => {
    // 10,000·2 + 1,000·10 + 500·10 = 35,000 µ$
    expect(callCost(10_000, 1_000, 500, plain, prices)).toBeCloseTo(0.035, 12)
  })

  it('writes the cached prefix once per `prefixReuse` calls and reads it on the others', () => {
    const shape = { ...plain, cachedPrefix: 4_000, prefixReuse: 4 }
    // prefix price 2.5/4 + 0.2·3/4 = 0.775; input (10,000 − 4,000)·2 + 4,000·0.775 = 15,100
    expect(callCost(10_000, 1_000, 500, shape, prices)).toBeCloseTo((15_100 + 15_000) / 1e6, 12)
  })

  it('caps the prefix at the input and treats a reuse below 1 as 1 (every call writes)', () => {
    const shape = { ...plain, cachedPrefix: 50_000, prefixReuse: 0.5 }
    // all 10,000 input tokens are the prefix, written each call at 2.5
    expect(callCost(10_000, 0, 0, shape, prices)).toBeCloseTo(0.025, 12)
  })

  it('discounts the batch share of calls by the batch discount', () => {
    const shape = { ...plain, batchSharePct: 40 }
    // 1 − 0.4·0.5 = 0.8
    expect(callCost(10_000, 1_000, 500, shape, prices)).toBeCloseTo(0.035 * 0.8, 12)
  })

  it('bills a call above the long-context threshold wholly at the tier, reasoning at its output price', () => {
    const long: ModelPrices = {
      ...prices,
      longContext: { thresholdTokens: 8_000, prices: tierPrices(4, 15, 4, 4, 15) },
    }
    const shape = { ...plain, cachedPrefix: 4_000, prefixReuse: 4 }
    // prefix price 4/4 + 4·3/4 = 4; input 10,000·4; output 1,000·15 + 500·15
    expect(callCost(10_000, 1_000, 500, shape, long)).toBeCloseTo((40_000 + 22_500) / 1e6, 12)
    // at the threshold exactly, the base prices still apply
    expect(callCost(8_000, 1_000, 500, plain, long)).toBeCloseTo((16_000 + 15_000) / 1e6, 12)
  })
})
