import { describe, expect, it } from 'vitest'
import { CSV_FIELDS, formatParsers } from '../../../../shared/actuals/formats'
import { ImportRefused } from '../../../../shared/actuals/types'
import type { ColumnEntry } from '../../../../shared/model/types'
import { csvRecords, fixtureText, parseAll, totals } from './fixtureRecords'

const columns = JSON.parse(fixtureText('generic-usage.columns.json')) as ColumnEntry[]

describe('generic CSV fixture through its column mapping', () => {
  const { records, rejected } = parseAll('csv', csvRecords('generic-usage.csv'), columns)

  it('reads each row as one call, cached tokens out of the mapped total input', () => {
    expect([records.length, rejected]).toEqual([4, []])
    expect(totals(records)).toEqual({
      calls: 4,
      inputTokens: 7000, // (4000 − 3000) + 1500 + (6000 − 2000) + 500
      cachedInputTokens: 5000, // 3000 + 2000
      cacheWriteTokens: 0,
      outputTokens: 1660, // 500 + 200 + 900 + 60
      reasoningTokens: 0,
      reportedCost: 0.018401, // 0.01125 + 0.00575 + 0.00129 + 0.000111
    })
  })

  it('puts the feature column into metadata and reads tags as a list or comma-separated', () => {
    expect(records.map((r) => [r.day, r.metadata, r.tags, r.userId, r.traceId])).toEqual([
      ['2026-11-02', { feature: 'simple' }, ['web', 'priority'], 'acme', 'T-1'],
      ['2026-11-02', { feature: 'Simple resolution' }, ['web'], 'acme', 'T-1'],
      ['2026-11-03', { feature: 'complex' }, [], 'globex', 'T-2'],
      ['2026-11-05', { feature: 'billing-bot' }, ['billing'], 'globex', 'T-3'],
    ])
  })
})

describe('generic CSV rows', () => {
  const parse = (row: Record<string, string>, mapping: ColumnEntry[]) =>
    formatParsers.csv.parse({ value: row, line: 4 }, mapping)
  const when: ColumnEntry = { field: 'timestamp', column: 'When' }

  it('takes input as given when it is mapped without cached tokens, and reads calls', () => {
    const outcome = parse({ When: '1793577600', In: '50', Hit: '1', N: '3' }, [
      when,
      { field: 'inputTokens', column: 'In' },
      { field: 'cacheHit', column: 'Hit' },
      { field: 'calls', column: 'N' },
    ])
    expect(outcome).toMatchObject({
      kind: 'records',
      records: [{ day: '2026-11-02', inputTokens: 50, cacheHit: true, calls: 3 }],
    })
  })

  it('rejects a row with the mapped column’s name in the message', () => {
    expect(
      parse({ When: '2026-11-02', Out: '-7' }, [when, { field: 'outputTokens', column: 'Out' }]),
    ).toEqual({ kind: 'rejected', line: 4, message: 'Out is -7, expected 0 or more' })
    expect(parse({ When: 'Nov 2nd' }, [when])).toEqual({
      kind: 'rejected',
      line: 4,
      message: 'When is "Nov 2nd", expected a date such as 2026-11-02T10:00:00Z',
    })
    expect(
      parse({ When: '2026-11-02', Usd: 'ten' }, [when, { field: 'cost', column: 'Usd' }]),
    ).toEqual({ kind: 'rejected', line: 4, message: 'Usd is "ten", expected a number' })
  })

  it('refuses the file when the mapping cannot read it', () => {
    expect(() => parse({ When: '2026-11-02' }, [])).toThrow(ImportRefused)
    expect(() => parse({ When: '2026-11-02' }, [when, { field: 'color', column: 'When' }])).toThrow(
      'The column mapping names no usage field "color"',
    )
    expect(() =>
      parse({ When: '2026-11-02' }, [when, { field: 'model', column: 'Model' }]),
    ).toThrow('The file has no column "Model" (mapped to model)')
  })

  it('lists each field once, with a label, for the mapping screen', () => {
    const fields = CSV_FIELDS.map((f) => f.field)
    expect(new Set(fields).size).toBe(fields.length)
    expect(fields).toContain('totalInputTokens')
    expect(CSV_FIELDS.every((f) => f.label.length > 0)).toBe(true)
  })
})
