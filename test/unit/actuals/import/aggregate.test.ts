import { describe, expect, it } from 'vitest'
import { sampleValue, UsageAggregator } from '../../../../shared/actuals/aggregate'
import type { Resolution } from '../../../../shared/actuals/resolveRecord'
import type { UsageRecord } from '../../../../shared/actuals/types'

type Matched = Extract<Resolution, { matched: true }>

const call = (fields: Partial<UsageRecord> = {}): UsageRecord => ({
  line: 2,
  day: '2026-11-02',
  tags: [],
  metadata: {},
  calls: 1,
  inputTokens: 100,
  cachedInputTokens: 0,
  cacheWriteTokens: 0,
  outputTokens: 10,
  reasoningTokens: 0,
  reportedCost: 0.01,
  ...fields,
})

const at = (fields: Partial<Matched> = {}): Matched => ({
  matched: true,
  featureId: 'simple',
  stepId: 'loop',
  modelId: 'gpt-4o',
  unitId: 't-1',
  customerId: 'acme',
  cohortId: 'all',
  ...fields,
})

describe('daily aggregates', () => {
  it('count a unit once a day per feature, on the aggregate where it first appears', () => {
    const aggregator = new UsageAggregator()
    aggregator.add(call({ model: 'gpt-4o' }), at())
    aggregator.add(call({ model: 'gpt-4o-mini' }), at({ stepId: 'route', modelId: 'gpt-4o-mini' }))
    aggregator.add(call({ model: 'gpt-4o' }), at())
    aggregator.add(call({ model: 'gpt-4o' }), at({ unitId: 't-2' }))
    aggregator.add(call({ day: '2026-11-03', model: 'gpt-4o' }), at())
    const { aggregates } = aggregator.result()
    const units = aggregates.map((a) => [a.day, a.stepId, a.units, a.calls])
    expect(units).toEqual([
      ['2026-11-02', 'loop', 2, 3],
      ['2026-11-02', 'route', 0, 1],
      ['2026-11-03', 'loop', 1, 1],
    ])
  })

  it('count each call as a unit when the source has no unit ids (usage buckets)', () => {
    const aggregator = new UsageAggregator()
    aggregator.add(call({ calls: 40, inputTokens: 4_000 }), at({ unitId: null }))
    const { aggregates, samples } = aggregator.result()
    expect(aggregates[0]).toMatchObject({ units: 40, calls: 40, inputTokens: 4_000 })
    expect(samples).toContainEqual(
      expect.objectContaining({ metric: 'callsPerUnit', value: 1, count: 40 }),
    )
    // 4,000 tokens over 40 calls: 100 a call, counted 40 times.
    expect(samples).toContainEqual(
      expect.objectContaining({ metric: 'inputTokens', value: 100, count: 40 }),
    )
  })

  it('keep calls without a reported cost apart from calls with one, to be priced later', () => {
    const aggregator = new UsageAggregator()
    aggregator.add(call({ reportedCost: null, model: 'x' }), at())
    aggregator.add(call({ reportedCost: 0.5, cacheHit: true, model: 'x' }), at())
    aggregator.add(call({ reportedCost: 0.25, model: 'x' }), at())
    const [unpriced, priced] = aggregator.result().aggregates
    expect(unpriced).toMatchObject({ reportedCost: null, cacheHits: null, calls: 1, units: 1 })
    // The unit was counted on the first aggregate it appeared on.
    expect(priced).toMatchObject({ reportedCost: 0.75, cacheHits: 1, calls: 2, units: 0 })
  })

  it('sample calls per unit by unit, and tokens per call (total input) without cache hits', () => {
    const aggregator = new UsageAggregator()
    aggregator.add(call({ inputTokens: 100, cachedInputTokens: 900 }), at({ unitId: 'a' }))
    aggregator.add(call({ inputTokens: 1_000 }), at({ unitId: 'a' }))
    aggregator.add(call({ inputTokens: 7 }), at({ unitId: 'b' }))
    aggregator.add(call({ inputTokens: 5, cacheHit: true }), at({ unitId: 'c' }))
    const samples = aggregator.result().samples
    const of = (metric: string) =>
      samples
        .filter((s) => s.metric === metric)
        .map((s) => [s.value, s.count])
        .sort((a, b) => a[0]! - b[0]!)
    expect(of('callsPerUnit')).toEqual([
      [1, 2],
      [2, 1],
    ])
    expect(of('inputTokens')).toEqual([
      [7, 1],
      [1_000, 2],
    ])
    expect(of('cachedInputTokens')).toEqual([
      [0, 2],
      [900, 1],
    ])
  })

  it('count unmatched rows and their reported cost by what was read', () => {
    const aggregator = new UsageAggregator()
    aggregator.addUnmatched(call({ reportedCost: 0.25 }), 'billing-bot')
    aggregator.addUnmatched(call({ reportedCost: null }), 'billing-bot')
    expect(aggregator.result().unmatched).toEqual([
      { day: '2026-11-02', value: 'billing-bot', rows: 2, cost: 0.25 },
    ])
  })
})

describe('sample values', () => {
  it('are exact below 1,000 and kept to three significant digits above', () => {
    expect(sampleValue(999.4)).toBe(999)
    expect(sampleValue(1_234.4)).toBe(1_230)
    expect(sampleValue(2_000)).toBe(2_000)
    expect(sampleValue(9_996)).toBe(10_000)
    expect(sampleValue(12_345)).toBe(12_300)
    expect(sampleValue(1_234_567)).toBe(1_230_000)
  })
})

describe('text a log holds where a feature should be', () => {
  it('is kept short and printable, whatever the log wrote', () => {
    const aggregator = new UsageAggregator()
    aggregator.addUnmatched(call({ reportedCost: null }), `bot\u0007${'x'.repeat(600)}`)
    const { value } = aggregator.result().unmatched[0]!
    expect(value).toHaveLength(500)
    expect(value.startsWith('bot x')).toBe(true)
    expect(value.endsWith('x…')).toBe(true)
  })
})
