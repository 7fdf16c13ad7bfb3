import { describe, expect, it } from 'vitest'
import { csvRecords, jsonRecords, onlyRecord, parseAll, rejection, totals } from './fixtureRecords'

const csv = parseAll('litellm', csvRecords('litellm-spend-logs.csv'))
const json = parseAll('litellm', jsonRecords('litellm-spend-logs.json', 'litellm'))

describe('LiteLLM spend logs fixture', () => {
  it('reads every spend log as one call, cached reads out of prompt tokens', () => {
    expect([csv.records.length, csv.skipped, csv.rejected]).toEqual([5, 0, []])
    expect(totals(csv.records)).toEqual({
      calls: 5,
      inputTokens: 9128, // (3000 − 2048) + 1000 + (4000 − 1024) + 4000 + 200
      cachedInputTokens: 3072, // 2048 + 1024
      cacheWriteTokens: 0,
      outputTokens: 2060, // 500 + 120 + 700 + 700 + 40
      reasoningTokens: 0,
      reportedCost: 0.015483, // 0.00994 + 0.0037 + 0.0009432 + 0 + 0.0009, to the micro-dollar
    })
  })

  it('reads the same records from the CSV and the JSON', () => {
    expect(json.records.map((r) => ({ ...r, line: 0 }))).toEqual(
      csv.records.map((r) => ({ ...r, line: 0 })),
    )
  })

  it('finds the caller’s metadata and the request tags where features are named', () => {
    expect(csv.records.map((r) => [r.metadata['feature'], r.tags])).toEqual([
      ['simple', ['support']],
      [undefined, ['simple']],
      ['complex', []],
      [undefined, ['complex']],
      [undefined, ['billing-bot']],
    ])
    expect(csv.records[2]?.metadata).toEqual({
      user_api_key: '88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4b',
      user_api_key_alias: 'support-prod',
      user_api_key_team_id: 'team-support',
      status: 'success',
      feature: 'complex',
      step: 'loop',
    })
  })

  it('reads cache hits, the end user (else the key’s user) and the UTC day', () => {
    expect(csv.records.map((r) => [r.day, r.userId, r.cacheHit])).toEqual([
      ['2026-11-02', 'acme', false],
      ['2026-11-02', 'acme', false],
      ['2026-11-03', 'globex', false],
      ['2026-11-04', 'globex', true],
      ['2026-11-05', 'billing-service', false],
    ])
    expect(csv.records[0]).toMatchObject({
      line: 2,
      requestId: 'chatcmpl-l1',
      sessionId: 'ticket-4001',
      projectId: 'team-support',
      model: 'gpt-4o',
    })
  })
})

describe('LiteLLM rows', () => {
  const row = (usage: Record<string, unknown>, fields: Record<string, unknown> = {}) => ({
    startTime: '2026-11-02T08:00:00Z',
    prompt_tokens: 1000,
    completion_tokens: 300,
    spend: 0.01,
    metadata: JSON.stringify({ usage_object: usage }),
    ...fields,
  })

  it('takes cache writes out of prompt tokens and reasoning out of completion tokens', () => {
    const record = onlyRecord(
      'litellm',
      row({
        cache_read_input_tokens: 500,
        cache_creation_input_tokens: 200,
        completion_tokens_details: { reasoning_tokens: 120 },
      }),
    )
    expect(record).toMatchObject({
      inputTokens: 300,
      cachedInputTokens: 500,
      cacheWriteTokens: 200,
      outputTokens: 180,
      reasoningTokens: 120,
    })
  })

  it('rejects counts that contradict each other, negative counts, bad dates and costs', () => {
    expect(rejection('litellm', row({ prompt_tokens_details: { cached_tokens: 1200 } }))).toBe(
      'prompt_tokens is 1000, less than the 1200 cached and cache-write tokens it includes',
    )
    expect(rejection('litellm', row({}, { prompt_tokens: '-1' }))).toBe(
      'prompt_tokens is -1, expected 0 or more',
    )
    expect(rejection('litellm', row({}, { startTime: '2026-11-31 08:00:00' }))).toBe(
      'startTime is "2026-11-31 08:00:00", expected a date such as 2026-11-02T10:00:00Z',
    )
    expect(rejection('litellm', row({}, { spend: 'free' }))).toBe(
      'spend is "free", expected a number',
    )
  })
})
