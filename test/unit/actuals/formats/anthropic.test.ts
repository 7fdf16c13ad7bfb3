import { describe, expect, it } from 'vitest'
import { jsonRecords, onlyRecord, parseAll, rejection, totals } from './fixtureRecords'

describe('Anthropic usage report fixture', () => {
  const { records, rejected } = parseAll(
    'anthropic',
    jsonRecords('anthropic-usage-report.json', 'anthropic'),
  )

  it('reads each result as one call, input already without cache reads and writes', () => {
    expect([records.length, rejected]).toEqual([3, []])
    expect(totals(records)).toEqual({
      calls: 3,
      inputTokens: 16000, // 10000 + 2000 + 4000
      cachedInputTokens: 20000,
      cacheWriteTokens: 6000, // 5000 (5 min) + 1000 (1 h)
      outputTokens: 4300, // 3000 + 500 + 800
      reasoningTokens: 0,
      reportedCost: 0,
    })
    expect(records.every((r) => r.reportedCost === null)).toBe(true)
  })

  it('reads the bucket’s day, the workspace as project, and the batch tier', () => {
    expect(records.map((r) => [r.day, r.projectId, r.apiKeyId, r.batch])).toEqual([
      ['2026-11-02', 'wrkspc_support', 'apikey_support', false],
      ['2026-11-02', 'wrkspc_support', 'apikey_support', true],
      ['2026-11-03', 'wrkspc_billing', 'apikey_billing', false],
    ])
  })
})

describe('Anthropic cost report fixture', () => {
  const { records, rejected } = parseAll(
    'anthropic',
    jsonRecords('anthropic-cost-report.json', 'anthropic'),
  )

  it('reads amounts in cents as USD cost, with no calls or tokens', () => {
    expect(rejected).toEqual([])
    expect(records.map((r) => [r.day, r.model, r.reportedCost, r.calls])).toEqual([
      ['2026-11-02', 'claude-sonnet-4-5-20250929', 1.2345, 0],
      ['2026-11-02', 'claude-sonnet-4-5-20250929', 45, 0],
      ['2026-11-03', undefined, 0.005, 0],
    ])
    expect(totals(records)).toMatchObject({
      inputTokens: 0,
      outputTokens: 0,
      reportedCost: 46.2395,
    })
    expect(records[0]?.metadata).toEqual({
      cost_type: 'tokens',
      token_type: 'uncached_input_tokens',
      description: 'Claude Sonnet 4.5 Usage - Input Tokens',
    })
  })
})

describe('Anthropic results', () => {
  const usage = (fields: Record<string, unknown>) => ({
    starting_at: '2026-11-04T00:00:00Z',
    uncached_input_tokens: 10,
    output_tokens: 5,
    ...fields,
  })

  it('reads a result without cache fields as no cache use', () => {
    expect(onlyRecord('anthropic', usage({}))).toMatchObject({
      day: '2026-11-04',
      cachedInputTokens: 0,
      cacheWriteTokens: 0,
    })
  })

  it('rejects negative counts, bad bucket times, non-numeric amounts and other currencies', () => {
    expect(rejection('anthropic', usage({ cache_read_input_tokens: -1 }))).toBe(
      'cache_read_input_tokens is -1, expected 0 or more',
    )
    expect(rejection('anthropic', usage({ starting_at: '2026-11-04T25:00:00Z' }))).toBe(
      'starting_at is "2026-11-04T25:00:00Z", expected a date such as 2026-11-02T10:00:00Z',
    )
    expect(rejection('anthropic', usage({ amount: '12,50', currency: 'USD' }))).toBe(
      'amount is "12,50", expected a number',
    )
    expect(rejection('anthropic', usage({ amount: '1250', currency: 'EUR' }))).toBe(
      'currency is EUR, expected USD',
    )
  })
})
