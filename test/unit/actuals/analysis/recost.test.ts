import { describe, expect, it } from 'vitest'
import {
  compiledModelsById,
  expectedCost,
  priceGaps,
} from '../../../../shared/actuals/analysis/recost'
import { apiModel, workspace } from '../../engine/builders'
import { aggregate, supportAgent } from './aggregates'

const gpt4o = compiledModelsById(supportAgent()).get('gpt-4o')

/** 1,000 calls: 1.2M input, 0.3M cached, 0.1M output tokens. */
const day = aggregate({
  day: '2027-04-10',
  calls: 1000,
  inputTokens: 1_200_000,
  cachedInputTokens: 300_000,
  outputTokens: 100_000,
})
// 1.2 × $2.50 + 0.3 × $1.25 + 0.1 × $10 = $3 + $0.375 + $1
const DAY_COST = 4.375

describe('expectedCost', () => {
  it('prices input, cached reads and output at their own prices', () => {
    expect(expectedCost(day, gpt4o)).toBeCloseTo(DAY_COST, 12)
  })

  it('prices cache writes at the write price (the input price by default) and reasoning at output', () => {
    const more = { ...day, cacheWriteTokens: 200_000, reasoningTokens: 50_000 }
    // + 0.2 × $2.50 + 0.05 × $10
    expect(expectedCost(more, gpt4o)).toBeCloseTo(DAY_COST + 0.5 + 0.5, 12)
  })

  it('discounts the batch calls’ share', () => {
    // A quarter of the calls at half price: 1 − 0.25 × 0.5 = 0.875.
    expect(expectedCost({ ...day, batchCalls: 250 }, gpt4o)).toBeCloseTo(DAY_COST * 0.875, 12)
  })

  it('prices the whole aggregate at long-context prices when the average call is above the threshold', () => {
    const model = compiledModelsById(
      workspace({
        models: [
          apiModel('long', {
            inputPerMTok: 1,
            outputPerMTok: 4,
            longContext: { thresholdTokens: 200_000, inputPerMTok: 5, outputPerMTok: 20 },
          }),
        ],
      }),
    ).get('long')
    const calls = { day: '2027-04-10', modelId: 'long', calls: 10, outputTokens: 100_000 }
    // 2.4M prompt tokens over 10 calls: 240,000 a call, 150,000 of them cached or written.
    const above = aggregate({
      ...calls,
      inputTokens: 900_000,
      cachedInputTokens: 1_000_000,
      cacheWriteTokens: 500_000,
    })
    // (0.9 + 1 + 0.5) × $5 + 0.1 × $20
    expect(expectedCost(above, model)).toBeCloseTo(14, 12)
    // 200,000 a call is not above the threshold: 2 × $1 + 0.1 × $4.
    const at = aggregate({ ...calls, inputTokens: 2_000_000 })
    expect(expectedCost(at, model)).toBeCloseTo(2.4, 12)
  })

  it('prices each day at the point in force that day', () => {
    const doc = workspace({
      models: [
        apiModel(
          'm',
          { inputPerMTok: 1, outputPerMTok: 1 },
          {
            prices: [
              { from: '2027-04-15', inputPerMTok: 2, outputPerMTok: 2 },
              { from: '2020-01-01', inputPerMTok: 1, outputPerMTok: 1 },
            ],
          },
        ),
      ],
      annualPriceDeclinePct: 50,
    })
    const model = compiledModelsById(doc).get('m')
    const million = { modelId: 'm', calls: 1, inputTokens: 1_000_000 }
    // No decline applies to the past, however far the day is from startMonth.
    expect(expectedCost(aggregate({ day: '2027-04-14', ...million }), model)).toBe(1)
    expect(expectedCost(aggregate({ day: '2027-04-15', ...million }), model)).toBe(2)
  })

  it('is null for a model the workspace lacks or one without price points', () => {
    expect(expectedCost({ ...day, modelId: null }, gpt4o)).toBeNull()
    expect(expectedCost(day, undefined)).toBeNull()
    const bare = compiledModelsById(
      workspace({ models: [apiModel('m', { inputPerMTok: 1, outputPerMTok: 1 }, { prices: [] })] }),
    )
    expect(expectedCost({ ...day, modelId: 'm' }, bare.get('m'))).toBeNull()
  })
})

describe('priceGaps', () => {
  const billed = (reportedCost: number | null, fields = {}) => ({ ...day, reportedCost, ...fields })

  it('flags a 2.5% gap and names both amounts', () => {
    const [gap] = priceGaps([billed(DAY_COST * 1.025)], supportAgent())
    expect(gap).toMatchObject({ day: '2027-04-10', modelId: 'gpt-4o', flagged: true })
    expect(gap!.gapPct).toBeCloseTo(2.5, 9)
    expect(gap!.message).toBe(
      'The price book says $4.38, the provider billed $4.48: is a price point missing?',
    )
  })

  it('lets a 1.5% gap pass, either way', () => {
    const gaps = priceGaps(
      [billed(DAY_COST * 1.015), billed(DAY_COST * 0.985, { day: '2027-04-11' })],
      supportAgent(),
    )
    expect(gaps.map((gap) => [gap.flagged, gap.message])).toEqual([
      [false, null],
      [false, null],
    ])
  })

  it('sums a model’s day over its aggregates and leaves out what reports no cost', () => {
    const gaps = priceGaps(
      [
        billed(2, { customerId: 'acme' }),
        billed(2.375, { customerId: 'beta' }),
        billed(null, { customerId: 'gamma' }),
        billed(9, { modelId: null }),
      ],
      supportAgent(),
    )
    expect(gaps).toHaveLength(1)
    expect(gaps[0]!.reportedCost).toBe(4.375)
    expect(gaps[0]!.expectedCost).toBeCloseTo(2 * DAY_COST, 12)
  })

  it('flags a bill where the price book says nothing is owed', () => {
    const doc = workspace({ models: [apiModel('free', { inputPerMTok: 0, outputPerMTok: 0 })] })
    const [gap] = priceGaps([billed(1, { modelId: 'free' })], doc)
    expect(gap).toMatchObject({ expectedCost: 0, gapPct: null, flagged: true })
  })
})
