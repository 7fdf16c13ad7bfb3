import { describe, expect, it } from 'vitest'
import type { DailyAggregate, UnmatchedCount } from '../../../shared/actuals/types'
import type { WorkspaceDoc } from '../../../shared/model/types'
import {
  fileKindOf,
  formatsFor,
  guessFormat,
} from '../../../renderer/src/views/actuals/import/fileKind'
import { summarySentence } from '../../../renderer/src/views/actuals/import/importSummary'
import { unmatchedByValue } from '../../../shared/actuals/unmatchedValues'
import {
  canonicalMapping,
  guessColumns,
  mappingSaveEdit,
  withColumn,
  withEntry,
} from '../../../renderer/src/views/actuals/import/mappingDraft'
import { mappingPreview } from '../../../renderer/src/views/actuals/import/mappingPreview'
import { splitIntoParts } from '../../../renderer/src/views/actuals/import/parts'
import { csvRecords } from '../actuals/formats/fixtureRecords'
import { readFileSync } from 'node:fs'
import { repoPath } from '../../fixtures/paths'

const supportAgent = JSON.parse(
  readFileSync(repoPath('test/fixtures/examples/support-agent.json'), 'utf8'),
) as WorkspaceDoc

describe('the kind and format of a chosen file', () => {
  it('reads the kind from the extension, else from the first bytes', () => {
    expect(fileKindOf('export.CSV', '{')).toBe('csv')
    expect(fileKindOf('spans.ndjson', '[')).toBe('jsonl')
    expect(fileKindOf('usage', '\uFEFF [{"a": 1}]')).toBe('json')
    expect(fileKindOf('usage', '{"a": 1}\n{"a": 2}\n')).toBe('jsonl')
    expect(fileKindOf('usage', '{\n  "data": []\n}')).toBe('json')
    expect(fileKindOf('usage.txt', 'day,model\n')).toBe('csv')
  })

  it('offers only the formats that come as that kind of file', () => {
    expect(formatsFor('jsonl')).toEqual(['langfuse', 'helicone'])
    expect(formatsFor('csv')).toEqual(['langfuse', 'helicone', 'litellm', 'csv'])
  })

  it('tells a format by its keys, a CSV no export claims being the generic CSV', () => {
    const header = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, '']))
    expect(guessFormat('csv', header(['id', 'trace_id', 'usage_details']))).toBe('langfuse')
    expect(guessFormat('csv', header(['request_created_at', 'model']))).toBe('helicone')
    expect(guessFormat('csv', header(['Date', 'Model', 'Cost']))).toBe('csv')
    expect(guessFormat('json', { resourceSpans: [] })).toBe('otel')
    expect(guessFormat('json', { data: [{ results: [], start_time: 1 }] })).toBe('openai')
    expect(guessFormat('jsonl', { model: 'x' })).toBeNull()
    // OpenAI pages are JSON only: a CSV with their column names is still a generic CSV.
    expect(guessFormat('csv', header(['results', 'start_time']))).toBe('csv')
  })
})

describe('parts of an import', () => {
  const aggregate = (i: number) => ({ day: `d${i}` }) as unknown as DailyAggregate
  const unmatched = (i: number) => ({ value: `v${i}` }) as unknown as UnmatchedCount

  it('cuts each array into parts of at most the part size, in order', () => {
    const all = {
      aggregates: Array.from({ length: 5 }, (_, i) => aggregate(i)),
      samples: [],
      unmatched: Array.from({ length: 2 }, (_, i) => unmatched(i)),
    }
    const parts = splitIntoParts(all, 2)
    expect(parts.map((p) => [p.aggregates.length, p.samples.length, p.unmatched.length])).toEqual([
      [2, 0, 2],
      [2, 0, 0],
      [1, 0, 0],
    ])
    expect(parts.flatMap((p) => p.aggregates)).toEqual(all.aggregates)
  })

  it('sends one empty part when nothing matched, so the commit has a stage', () => {
    expect(splitIntoParts({ aggregates: [], samples: [], unmatched: [] })).toEqual([
      { aggregates: [], samples: [], unmatched: [] },
    ])
  })
})

describe('the mapping draft', () => {
  it('guesses generic CSV columns from headers naming a field', () => {
    expect(guessColumns(['Model', 'cost_usd', 'Trace id', 'Prompt tokens', 'Day'])).toEqual([
      { field: 'model', column: 'Model' },
      { field: 'cost', column: 'cost_usd' },
      { field: 'traceId', column: 'Trace id' },
      { field: 'day', column: 'Day' },
    ])
  })

  it('keeps one entry per value and one column per field', () => {
    const entries = withEntry([{ value: 'bot', id: 'simple' }], 'bot', 'complex')
    expect(entries).toEqual([{ value: 'bot', id: 'complex' }])
    expect(withEntry(entries, 'bot', null)).toEqual([])
    const columns = withColumn([{ field: 'day', column: 'Date' }], 'When', 'day')
    expect(columns).toEqual([{ field: 'day', column: 'When' }])
  })

  it('saves only a mapping that differs from the saved one or the defaults', () => {
    expect(mappingSaveEdit(supportAgent, { id: 'langfuse', feature: undefined })).toBeNull()
    const mapping = {
      id: 'langfuse' as const,
      feature: { from: 'tag' as const, key: ' ', values: [] },
    }
    expect(canonicalMapping(mapping)).toEqual({ id: 'langfuse', feature: { from: 'tag' } })
    const edit = mappingSaveEdit(supportAgent, mapping)
    expect(edit).toEqual({
      op: 'set',
      path: 'actualsMappings',
      value: [{ id: 'langfuse', feature: { from: 'tag' } }],
    })
    const saved = {
      ...supportAgent,
      actualsMappings: [{ id: 'langfuse' as const, feature: { from: 'tag' as const } }],
    }
    expect(mappingSaveEdit(saved, mapping)).toBeNull()
  })
})

describe('the mapping preview', () => {
  const raws = csvRecords('langfuse-observations.csv')

  it('counts the Langfuse fixture as the import does and lists what is left to map', () => {
    const preview = mappingPreview(supportAgent, { id: 'langfuse' }, raws)
    expect(preview.counts).toEqual({ read: 10, matched: 4, unmatched: 1, rejected: 0, skipped: 5 })
    expect(preview.unmatchedValues).toEqual(['billing-bot'])
    expect(preview.customers).toEqual(['acme', 'globex'])
    expect(preview.lines.filter((l) => l.status === 'skipped')).toHaveLength(5)
  })

  it('follows the mapping: a tag rule with a value table', () => {
    const mapping = {
      id: 'langfuse' as const,
      feature: { from: 'tag' as const, values: [{ value: 'billing', id: 'simple' }] },
    }
    const preview = mappingPreview(supportAgent, mapping, raws)
    expect(preview.counts.matched).toBe(2)
    expect(preview.unmatchedValues).toEqual(['support'])
  })

  it('says why a generic CSV mapping cannot read the file instead of rejecting every row', () => {
    const preview = mappingPreview(supportAgent, { id: 'csv', columns: [] }, raws)
    expect(preview.refusal).toMatch(/day or timestamp/)
    expect(preview.lines).toEqual([])
  })
})

describe('the summary', () => {
  it('accounts for every row in words', () => {
    expect(
      summarySentence({ read: 12402, matched: 12300, unmatched: 80, rejected: 20, skipped: 2 }),
    ).toBe(
      '12,402 rows read: 12,300 matched, 80 with no feature (shown below), 20 rejected, 2 skipped (not model calls)',
    )
    expect(summarySentence({ read: 1, matched: 1, unmatched: 0, rejected: 0, skipped: 0 })).toBe(
      '1 row read: 1 matched',
    )
  })

  it('adds the unmatched values up over days, the most rows first', () => {
    const day = (d: string, value: string, rows: number) => ({
      day: d,
      value,
      rows,
      cost: rows * 2,
    })
    expect(
      unmatchedByValue([
        day('2026-11-01', 'a', 1),
        day('2026-11-01', 'b', 3),
        day('2026-11-02', 'a', 4),
      ]),
    ).toEqual([
      { value: 'a', rows: 5, cost: 10 },
      { value: 'b', rows: 3, cost: 6 },
    ])
  })
})
