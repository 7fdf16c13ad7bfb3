import { describe, expect, it } from 'vitest'
import { jsonRecords, onlyRecord, parseAll, rejection, totals } from './fixtureRecords'

describe('OpenTelemetry GenAI spans fixture', () => {
  const { records, skipped, rejected } = parseAll(
    'otel',
    jsonRecords('otel-genai-spans.json', 'otel'),
  )

  it('reads the four spans with gen_ai usage and skips the root and tool spans', () => {
    expect([records.length, skipped, rejected]).toEqual([4, 2, []])
    expect(records.map((r) => r.line)).toEqual([2, 3, 4, 6])
  })

  it('takes cache reads out of input tokens', () => {
    expect(totals(records)).toEqual({
      calls: 4,
      inputTokens: 3800, // (2500 − 1500) + (3100 − 2800) + 1800 + 700
      cachedInputTokens: 4300, // 1500 + 2800
      cacheWriteTokens: 0,
      outputTokens: 960, // 320 + 150 + 400 + 90
      reasoningTokens: 0,
      reportedCost: 0,
    })
  })

  it('reads the UTC day from nanoseconds, up to the last one of a day', () => {
    expect(records.map((r) => r.day)).toEqual([
      '2026-11-02',
      '2026-11-02',
      '2026-11-03',
      '2026-11-05',
    ])
  })

  it('takes the requested model, else the response’s', () => {
    expect(records.map((r) => r.model)).toEqual(['gpt-4o', 'gpt-4o', 'gpt-4o-mini', 'gpt-4o'])
  })

  it('keeps non-gen_ai attributes of span and resource as metadata, and reads ids', () => {
    expect(records[0]).toMatchObject({
      observationName: 'chat gpt-4o',
      traceId: '5b8efff798038103d269b633813fc60c',
      sessionId: 'ticket-5001',
      requestId: 'chatcmpl-o1',
      userId: 'acme',
      metadata: {
        'service.name': 'support-agent',
        'deployment.environment.name': 'production',
        feature: 'simple',
        step: 'loop',
        'user.id': 'acme',
      },
    })
  })
})

describe('OpenTelemetry spans', () => {
  const span = (attributes: Record<string, unknown>[], fields: Record<string, unknown> = {}) => ({
    traceId: 'abc',
    name: 'chat',
    startTimeUnixNano: '1793613600000000000',
    attributes: [{ key: 'gen_ai.usage.input_tokens', value: { intValue: '1000' } }, ...attributes],
    ...fields,
  })
  const int = (key: string, value: number | string) => ({ key, value: { intValue: value } })

  it('takes cache writes out of input and reasoning out of output', () => {
    const record = onlyRecord(
      'otel',
      span([
        int('gen_ai.usage.cache_creation.input_tokens', 400),
        int('gen_ai.usage.output_tokens', 600),
        int('gen_ai.usage.reasoning.output_tokens', 250),
      ]),
    )
    expect(record).toMatchObject({
      inputTokens: 600,
      cacheWriteTokens: 400,
      outputTokens: 350,
      reasoningTokens: 250,
    })
  })

  it('writes array attributes as JSON text', () => {
    const tags = { key: 'tags', value: { arrayValue: { values: [{ stringValue: 'a' }] } } }
    expect(onlyRecord('otel', span([tags])).metadata).toEqual({ tags: '["a"]' })
  })

  it('rejects negative counts and start times that do not parse', () => {
    expect(rejection('otel', span([int('gen_ai.usage.output_tokens', '-2')]))).toBe(
      'gen_ai.usage.output_tokens is -2, expected 0 or more',
    )
    expect(rejection('otel', span([], { startTimeUnixNano: 'later' }))).toBe(
      'startTimeUnixNano is "later", expected a date such as 2026-11-02T10:00:00Z',
    )
  })
})
