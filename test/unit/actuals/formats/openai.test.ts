import { describe, expect, it } from 'vitest'
import { formatParsers } from '../../../../shared/actuals/formats'
import { jsonRecords, onlyRecord, parseAll, rejection, totals } from './fixtureRecords'

describe('OpenAI usage page fixture', () => {
  const { records, skipped, rejected } = parseAll(
    'openai',
    jsonRecords('openai-usage-completions.json', 'openai'),
  )

  it('reads one record per result, numbered by position, the empty bucket adding none', () => {
    expect([records.length, skipped, rejected]).toEqual([3, 0, []])
    expect(records.map((r) => [r.line, r.day])).toEqual([
      [1, '2026-11-02'],
      [2, '2026-11-02'],
      [3, '2026-11-03'],
    ])
  })

  it('counts the bucket’s requests as calls and takes cached tokens out of input', () => {
    expect(totals(records)).toEqual({
      calls: 71, // 40 + 25 + 6
      inputTokens: 98000, // (120000 − 80000) + 50000 + (9000 − 1000)
      cachedInputTokens: 81000, // 80000 + 1000
      cacheWriteTokens: 0,
      outputTokens: 25000, // 15000 + 8000 + 2000
      reasoningTokens: 0,
      reportedCost: 0,
    })
    expect(records.every((r) => r.reportedCost === null)).toBe(true)
  })

  it('reads project, key, model and batch for mappings', () => {
    expect(records.map((r) => [r.projectId, r.apiKeyId, r.model, r.batch, r.userId])).toEqual([
      ['proj_support', 'key_support', 'gpt-4o', false, undefined],
      ['proj_support', 'key_support', 'gpt-4o-mini', true, undefined],
      ['proj_billing', 'key_billing', 'gpt-4o', false, undefined],
    ])
  })
})

describe('OpenAI usage results', () => {
  const result = (fields: Record<string, unknown>) => ({
    start_time: 1793577600,
    input_tokens: 1000,
    output_tokens: 500,
    num_model_requests: 2,
    ...fields,
  })

  it('takes reasoning out of output tokens when a result reports it', () => {
    const record = onlyRecord(
      'openai',
      result({ output_tokens_details: { reasoning_tokens: 300 } }),
    )
    expect([record.outputTokens, record.reasoningTokens]).toEqual([200, 300])
  })

  it('skips usage of other endpoints', () => {
    const value = result({ object: 'organization.usage.embeddings.result' })
    expect(formatParsers.openai.parse({ value, line: 1 })).toEqual({
      kind: 'skipped',
      reason: 'a organization.usage.embeddings.result is not completions usage',
    })
  })

  it('rejects negative counts, cached tokens above input and bucket times that do not parse', () => {
    expect(rejection('openai', result({ output_tokens: -5 }))).toBe(
      'output_tokens is -5, expected 0 or more',
    )
    expect(rejection('openai', result({ input_cached_tokens: 1500 }))).toBe(
      'input_tokens is 1000, less than the 1500 cached tokens it includes',
    )
    expect(rejection('openai', result({ start_time: 'soon' }))).toBe(
      'start_time is "soon", expected a date such as 2026-11-02T10:00:00Z',
    )
    expect(rejection('openai', result({ num_model_requests: 1.5 }))).toBe(
      'num_model_requests is 1.5, expected a whole number',
    )
  })
})
