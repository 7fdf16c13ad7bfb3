import { describe, expect, it } from 'vitest'
import { csvRecords, jsonRecords, onlyRecord, parseAll, rejection, totals } from './fixtureRecords'

describe('Helicone export CSV fixture', () => {
  const { records, skipped, rejected } = parseAll('helicone', csvRecords('helicone-requests.csv'))

  it('reads every request as one call, with its cost', () => {
    expect([records.length, skipped, rejected]).toEqual([5, 0, []])
    expect(totals(records)).toEqual({
      calls: 5,
      inputTokens: 6900, // 1200 + 800 + 3000 + 1500 + 400
      cachedInputTokens: 0,
      cacheWriteTokens: 0,
      outputTokens: 1350, // 300 + 200 + 500 + 250 + 100
      reasoningTokens: 0,
      reportedCost: 0.01712, // 0.006 + 0.004 + 0.00075 + 0.00625 + 0.00012
    })
  })

  it('reads custom properties as metadata and the session id from them', () => {
    expect(records.map((r) => [r.metadata['feature'], r.sessionId, r.userId])).toEqual([
      ['simple', 'ticket-2001', 'acme'],
      ['simple', 'ticket-2001', 'acme'],
      ['Complex resolution', 'ticket-2002', 'globex'],
      ['complex', 'ticket-2003', 'acme'],
      ['billing-bot', undefined, 'globex'],
    ])
  })

  it('takes the request time’s UTC day, and the response id when there is no request id', () => {
    expect(records[3]).toMatchObject({ line: 5, day: '2026-11-04', requestId: 'resp-4' })
  })

  it('cannot tell cache hits from the CSV, which has no cache column', () => {
    expect(records.every((r) => r.cacheHit === undefined)).toBe(true)
  })
})

describe('Helicone request JSON fixture', () => {
  const { records } = parseAll('helicone', jsonRecords('helicone-requests.json', 'helicone'))

  it('takes cached reads out of prompt tokens, counting each token once', () => {
    expect(totals(records)).toEqual({
      calls: 5,
      inputTokens: 7704, // (5000 − 4000) + (5200 − 4096) + 2500 + 2500 + 600
      cachedInputTokens: 8096, // 4000 + 4096
      cacheWriteTokens: 0,
      outputTokens: 1330, // 300 + 150 + 400 + 400 + 80
      reasoningTokens: 0,
      reportedCost: 0.020633, // 0.0105 + 0.00938 + 0.000615 + 0 + 0.000138
    })
  })

  it('marks the request served from Helicone’s cache, and only it', () => {
    expect(records.map((r) => r.cacheHit)).toEqual([false, false, false, true, false])
  })

  it('reads the session name as the trace name and the request id', () => {
    expect(records[0]).toMatchObject({
      traceName: 'support-ticket',
      requestId: 'req-h1',
      model: 'gpt-4o',
      day: '2026-11-02',
    })
  })
})

describe('Helicone rows', () => {
  const row = (fields: Record<string, unknown>) => ({
    request_created_at: '2026-11-02T10:00:00Z',
    prompt_tokens: '100',
    ...fields,
  })

  it('keeps prompt tokens that already exclude a larger cache count (Anthropic’s convention)', () => {
    const record = onlyRecord('helicone', row({ prompt_cache_read_tokens: 900 }))
    expect([record.inputTokens, record.cachedInputTokens]).toEqual([100, 900])
  })

  it('strips the Helicone-Property- prefix from property names', () => {
    const record = onlyRecord(
      'helicone',
      row({ request_properties: { 'Helicone-Property-Feature': 'simple' } }),
    )
    expect(record.metadata).toEqual({ Feature: 'simple' })
  })

  it('rejects a negative count, a date that does not parse and a cost that is not a number', () => {
    expect(rejection('helicone', row({ completion_tokens: '-3' }))).toBe(
      'completion_tokens is -3, expected 0 or more',
    )
    expect(rejection('helicone', row({ request_created_at: 'last tuesday' }))).toBe(
      'request_created_at is "last tuesday", expected a date such as 2026-11-02T10:00:00Z',
    )
    expect(rejection('helicone', row({ cost: '$0.01' }))).toBe('cost is "$0.01", expected a number')
  })
})
