import { describe, expect, it } from 'vitest'
import {
  csvRecords,
  jsonRecords,
  jsonlFileRecords,
  onlyRecord,
  parseAll,
  rejection,
  totals,
} from './fixtureRecords'

const csv = parseAll('langfuse', csvRecords('langfuse-observations.csv'))
const json = parseAll('langfuse', jsonRecords('langfuse-observations.json', 'langfuse'))
const jsonl = parseAll('langfuse', jsonlFileRecords('langfuse-observations.jsonl'))

describe('Langfuse observations fixture', () => {
  it('reads the five generations and skips the four spans and the event', () => {
    expect(csv.records).toHaveLength(5)
    expect(csv.skipped).toBe(5)
    expect(csv.rejected).toEqual([])
  })

  it('sums usage and the generations’ cost, not the root spans’ trace totals', () => {
    expect(totals(csv.records)).toEqual({
      calls: 5,
      inputTokens: 4600, // 1000 + 500 + 2000 + 800 + 300
      cachedInputTokens: 4000, // 3000 + 1000
      cacheWriteTokens: 0,
      outputTokens: 1350, // 400 + 200 + 600 + 100 + 50
      reasoningTokens: 0,
      reportedCost: 0.01731, // 0.01025 + 0.00325 + 0.000735 + 0.003 + 0.000075
    })
  })

  it('reads the same records from the CSV, the JSON and the JSONL export', () => {
    const withoutLines = (records: typeof csv.records) =>
      records.map((record) => ({ ...record, line: 0 }))
    expect(withoutLines(json.records)).toEqual(withoutLines(csv.records))
    expect(withoutLines(jsonl.records)).toEqual(withoutLines(csv.records))
  })

  it('keeps what feature matching reads: trace names, tags, metadata as text', () => {
    expect(csv.records.map((r) => [r.traceName, r.observationName, r.tags])).toEqual([
      ['simple', 'loop', ['support', 'prod']],
      ['simple', 'loop', ['support', 'prod']],
      ['Complex resolution', 'loop', []],
      ['resolve', 'Multi-step reasoning', ['complex']],
      ['billing-bot', 'answer', ['billing']],
    ])
    expect(csv.records[3]?.metadata).toEqual({
      feature: 'complex',
      attempt: '2',
      route: '{"tier":"premium"}',
    })
  })

  it('reads the line, UTC day, ids, model and customer of a generation', () => {
    expect(csv.records[0]).toMatchObject({
      line: 3,
      day: '2026-11-02',
      model: 'gpt-4o',
      traceId: 'trace-1',
      sessionId: 'ticket-1001',
      requestId: 'obs-102',
      userId: 'acme',
      projectId: 'proj_support',
      inputTokens: 1000,
      cachedInputTokens: 3000,
      reportedCost: 0.01025,
    })
    expect(csv.records.map((r) => [r.day, r.userId])).toEqual([
      ['2026-11-02', 'acme'],
      ['2026-11-02', 'acme'],
      ['2026-11-03', 'globex'],
      ['2026-11-04', 'acme'],
      ['2026-11-05', 'globex'],
    ])
  })
})

describe('Langfuse usage details', () => {
  const generation = (fields: Record<string, unknown>) => ({
    type: 'GENERATION',
    startTime: '2026-11-03T00:30:00+02:00',
    ...fields,
  })

  it('takes the buckets as Langfuse stores them: input and output already exclude cache and reasoning', () => {
    const record = onlyRecord(
      'langfuse',
      generation({
        usageDetails: {
          input: 120,
          output: 80,
          cache_read_input_tokens: 900,
          cache_creation_input_tokens: 300,
          output_reasoning_tokens: 40,
          total: 1440,
        },
      }),
    )
    expect(record).toMatchObject({
      inputTokens: 120,
      cachedInputTokens: 900,
      cacheWriteTokens: 300,
      outputTokens: 80,
      reasoningTokens: 40,
    })
  })

  it('reads public API names and a timestamp with an offset as its UTC day', () => {
    const record = onlyRecord('langfuse', generation({ traceId: 't-9', calculatedTotalCost: 0.5 }))
    expect(record).toMatchObject({ day: '2026-11-02', traceId: 't-9', reportedCost: 0.5 })
  })

  it('sums the cost parts when no total is given, and says null when there is no cost', () => {
    const parts = onlyRecord('langfuse', generation({ cost_details: { input: 0.25, output: 0.5 } }))
    expect(parts.reportedCost).toBe(0.75)
    expect(onlyRecord('langfuse', generation({})).reportedCost).toBeNull()
  })

  it('rejects a negative count, a date that does not parse and a cost that is not a number', () => {
    expect(rejection('langfuse', generation({ usage_details: '{"input":-4}' }))).toBe(
      'usage_details.input is -4, expected 0 or more',
    )
    expect(rejection('langfuse', generation({ startTime: '2026-13-01 10:00:00' }))).toBe(
      'start_time is "2026-13-01 10:00:00", expected a date such as 2026-11-02T10:00:00Z',
    )
    expect(rejection('langfuse', generation({ total_cost: 'n/a' }))).toBe(
      'total_cost is "n/a", expected a number',
    )
    expect(rejection('langfuse', generation({ metadata: '{"feature":' }))).toBe(
      'metadata is not valid JSON',
    )
  })
})
