/** What every format parser is, and the two steps they share: building a record, guarding a row. */
import type { ColumnEntry, UsageFormat } from '../../model/types'
import type { FileKind } from '../read/fileKind'
import type { ParseOutcome, RawRecord, UsageRecord } from '../types'
import { FieldError } from './fields'

export interface FormatParser {
  format: UsageFormat
  /** For people: 'Langfuse observations (CSV, JSON, JSONL)'. */
  label: string
  /** File kinds it reads. */
  fileKinds: readonly FileKind[]
  /**
   * One raw record (a CSV row object with header keys and string values, or a JSON object) →
   * outcome. `columns` only for 'csv'.
   */
  parse(raw: RawRecord, columns?: readonly ColumnEntry[]): ParseOutcome
}

/** The fields a parser reads; the rest default to nothing read: no tags, no tokens, no cost. */
export type RecordFields = Omit<Partial<UsageRecord>, 'line' | 'day'>

/**
 * One usage record; optional text fields left undefined are left out. A plain loop, not
 * Object.entries: this runs once per row of a million-row log.
 */
export function usageRecord(line: number, day: string, fields: RecordFields): UsageRecord {
  const record: UsageRecord = {
    line,
    day,
    tags: [],
    metadata: {},
    calls: 1,
    inputTokens: 0,
    cachedInputTokens: 0,
    cacheWriteTokens: 0,
    outputTokens: 0,
    reasoningTokens: 0,
    reportedCost: null,
  }
  const target = record as unknown as Record<string, unknown>
  for (const key in fields) {
    const value = fields[key as keyof RecordFields]
    if (value !== undefined) target[key] = value
  }
  return record
}

/** Runs a row reader; a field it cannot read rejects the row with the field's message. */
export function parseRow(raw: RawRecord, read: () => ParseOutcome): ParseOutcome {
  try {
    return read()
  } catch (error) {
    if (error instanceof FieldError)
      return { kind: 'rejected', line: raw.line, message: error.message }
    throw error
  }
}

/** A row that is one record. */
export function single(record: UsageRecord): ParseOutcome {
  return { kind: 'records', records: [record] }
}
