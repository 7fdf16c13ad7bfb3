/**
 * Any CSV, read through the mapping's `columns`: each names the column that holds one of the
 * usage fields below. Token columns follow our convention (input without cached reads and cache
 * writes, output without reasoning), unless the file's input column is mapped as
 * `totalInputTokens`: then cached reads and writes are taken out of it.
 */
import type { ColumnEntry } from '../../model/types'
import { ImportRefused, type ParseOutcome, type RawRecord } from '../types'
import { asRow, flag, tagList, text, type Row } from './cells'
import { excluding, isBlank, tokens, usd, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

/** The fields a column can fill, for the mapping screen. */
export const CSV_FIELDS = [
  { field: 'day', label: 'Day (a date or timestamp; UTC unless it says otherwise)' },
  { field: 'timestamp', label: 'Timestamp (instead of day)' },
  { field: 'traceName', label: 'Trace name' },
  { field: 'observationName', label: 'Observation / step name' },
  { field: 'tags', label: 'Tags (comma-separated or a JSON list)' },
  { field: 'feature', label: 'Feature' },
  { field: 'step', label: 'Step' },
  { field: 'model', label: 'Model' },
  { field: 'traceId', label: 'Trace id' },
  { field: 'sessionId', label: 'Session id' },
  { field: 'requestId', label: 'Request id' },
  { field: 'userId', label: 'User / customer id' },
  { field: 'projectId', label: 'Project id' },
  { field: 'apiKeyId', label: 'API key id' },
  { field: 'calls', label: 'Calls (1 per row when not mapped)' },
  { field: 'inputTokens', label: 'Input tokens (without cached tokens)' },
  { field: 'totalInputTokens', label: 'Input tokens (including cached tokens)' },
  { field: 'cachedInputTokens', label: 'Cached input tokens' },
  { field: 'cacheWriteTokens', label: 'Cache write tokens' },
  { field: 'outputTokens', label: 'Output tokens (without reasoning)' },
  { field: 'reasoningTokens', label: 'Reasoning tokens' },
  { field: 'cost', label: 'Cost (USD)' },
  { field: 'cacheHit', label: 'Served from a response cache (true/false)' },
  { field: 'batch', label: 'Run through a batch API (true/false)' },
] as const

export type CsvField = (typeof CSV_FIELDS)[number]['field']

const KNOWN = new Set<string>(CSV_FIELDS.map((f) => f.field))

/**
 * The mapping as field → column, checked against the row's header: a mapping that cannot read
 * the file refuses it whole rather than rejecting every row.
 */
function columnsOf(row: Row, columns: readonly ColumnEntry[] | undefined): Map<CsvField, string> {
  const map = new Map<CsvField, string>()
  for (const { field, column } of columns ?? []) {
    if (!KNOWN.has(field))
      throw new ImportRefused(`The column mapping names no usage field "${field}"`)
    if (!(column in row)) {
      throw new ImportRefused(`The file has no column "${column}" (mapped to ${field})`)
    }
    map.set(field as CsvField, column)
  }
  if (!map.has('day') && !map.has('timestamp')) {
    throw new ImportRefused('Map a column to the day or timestamp to read this CSV')
  }
  return map
}

function parse(raw: RawRecord, columns?: readonly ColumnEntry[]): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const map = columnsOf(row, columns)
    const cell = (field: CsvField): unknown => {
      const column = map.get(field)
      return column === undefined ? undefined : row[column]
    }
    const read = (field: CsvField): number => tokens(cell(field), map.get(field) ?? field)
    const dayField = map.has('day') ? 'day' : 'timestamp'
    const cached = read('cachedInputTokens')
    const cacheWrite = read('cacheWriteTokens')
    const metadata: Record<string, string> = {}
    for (const key of ['feature', 'step'] as const) {
      const value = text(cell(key))
      if (value !== undefined) metadata[key] = value
    }
    return single(
      usageRecord(raw.line, utcDay(cell(dayField), map.get(dayField) ?? dayField), {
        traceName: text(cell('traceName')),
        observationName: text(cell('observationName')),
        tags: tagList(cell('tags'), map.get('tags') ?? 'tags'),
        metadata,
        model: text(cell('model')),
        traceId: text(cell('traceId')),
        sessionId: text(cell('sessionId')),
        requestId: text(cell('requestId')),
        userId: text(cell('userId')),
        projectId: text(cell('projectId')),
        apiKeyId: text(cell('apiKeyId')),
        calls: isBlank(cell('calls')) ? 1 : read('calls'),
        inputTokens: map.has('totalInputTokens')
          ? excluding(
              read('totalInputTokens'),
              cached + cacheWrite,
              map.get('totalInputTokens') ?? 'totalInputTokens',
              'cached and cache-write tokens',
            )
          : read('inputTokens'),
        cachedInputTokens: cached,
        cacheWriteTokens: cacheWrite,
        outputTokens: read('outputTokens'),
        reasoningTokens: read('reasoningTokens'),
        reportedCost: usd(cell('cost'), map.get('cost') ?? 'cost'),
        cacheHit: flag(cell('cacheHit')),
        batch: flag(cell('batch')),
      }),
    )
  })
}

export const csvColumnsParser: FormatParser = {
  format: 'csv',
  label: 'Any CSV, through a column mapping',
  fileKinds: ['csv'],
  parse,
}
