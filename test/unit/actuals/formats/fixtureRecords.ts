/** Reading the actuals fixtures the way the importers do, and summing what a parser made of them. */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { expect } from 'vitest'
import { formatParsers } from '../../../../shared/actuals/formats'
import { jsonDocumentRecords } from '../../../../shared/actuals/read/jsonDocument'
import { jsonlLines, jsonlRecord } from '../../../../shared/actuals/read/jsonlLines'
import type {
  ParseOutcome,
  RawRecord,
  Rejection,
  UsageFormat,
  UsageRecord,
} from '../../../../shared/actuals/types'
import type { ColumnEntry } from '../../../../shared/model/types'
import { repoPath } from '../../../fixtures/paths'

export const fixtureText = (name: string): string =>
  readFileSync(repoPath(`test/fixtures/actuals/${name}`), 'utf8')

/** CSV rows as papaparse gives them (header keys, string values); the header is line 1. */
export function csvRecords(name: string): RawRecord[] {
  const parsed = Papa.parse<Record<string, string>>(fixtureText(name), {
    header: true,
    skipEmptyLines: true,
  })
  return parsed.data.map((value, index) => ({ value, line: index + 2 }))
}

export const jsonRecords = (name: string, format: UsageFormat): RawRecord[] =>
  jsonDocumentRecords(JSON.parse(fixtureText(name)) as unknown, format)

export function jsonlFileRecords(name: string): RawRecord[] {
  const reader = jsonlLines()
  const lines = [...reader.push(fixtureText(name)), ...reader.end()]
  return lines.map((line) => {
    const outcome = jsonlRecord(line)
    if (outcome.kind === 'rejected') throw new Error(`fixture ${name}: ${outcome.message}`)
    return outcome.record
  })
}

export interface Parsed {
  records: UsageRecord[]
  skipped: number
  rejected: Rejection[]
}

export function parseAll(
  format: UsageFormat,
  raws: readonly RawRecord[],
  columns?: readonly ColumnEntry[],
): Parsed {
  const parsed: Parsed = { records: [], skipped: 0, rejected: [] }
  for (const raw of raws) {
    const outcome: ParseOutcome = formatParsers[format].parse(raw, columns)
    if (outcome.kind === 'records') parsed.records.push(...outcome.records)
    else if (outcome.kind === 'skipped') parsed.skipped += 1
    else parsed.rejected.push({ line: outcome.line, message: outcome.message })
  }
  return parsed
}

/** What one raw value parses to: the single record, failing the test otherwise. */
export function onlyRecord(format: UsageFormat, value: unknown): UsageRecord {
  const outcome = formatParsers[format].parse({ value, line: 7 })
  if (outcome.kind !== 'records' || outcome.records.length !== 1) {
    throw new Error(`expected one record, got ${JSON.stringify(outcome)}`)
  }
  return outcome.records[0] as UsageRecord
}

/** The rejection one raw value gets, at line 7. */
export function rejection(format: UsageFormat, value: unknown): string {
  const outcome = formatParsers[format].parse({ value, line: 7 })
  expect(outcome).toMatchObject({ kind: 'rejected', line: 7 })
  return outcome.kind === 'rejected' ? outcome.message : ''
}

export interface Totals {
  calls: number
  inputTokens: number
  cachedInputTokens: number
  cacheWriteTokens: number
  outputTokens: number
  reasoningTokens: number
  reportedCost: number
}

export function totals(records: readonly UsageRecord[]): Totals {
  const sum = (pick: (r: UsageRecord) => number): number =>
    records.reduce((total, record) => total + pick(record), 0)
  return {
    calls: sum((r) => r.calls),
    inputTokens: sum((r) => r.inputTokens),
    cachedInputTokens: sum((r) => r.cachedInputTokens),
    cacheWriteTokens: sum((r) => r.cacheWriteTokens),
    outputTokens: sum((r) => r.outputTokens),
    reasoningTokens: sum((r) => r.reasoningTokens),
    // Rounded to a micro-dollar: the sums of decimal fractions are not exact in binary.
    reportedCost: Math.round(sum((r) => r.reportedCost ?? 0) * 1e6) / 1e6,
  }
}
