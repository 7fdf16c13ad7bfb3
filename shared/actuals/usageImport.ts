/**
 * One import of a usage log (DESIGN.md §9): raw records in, daily aggregates and an account of
 * every record out. The reader (a Node stream in the CLI, a File in the renderer's worker) feeds
 * records as it reads them, so nothing holds the whole file.
 */
import type { ActualsMapping, WorkspaceDoc } from '../model/types'
import { UsageAggregator, type Aggregated } from './aggregate'
import { hasControlCharacter, isWellFormed } from '../model/text'
import { recordResolver, type Resolution } from './resolveRecord'
import type { ImportCounts, ParseOutcome, RawRecord, Rejection, UsageRecord } from './types'

/** The longest id or name the file keeps (its CHECKs say the same). */
const MAX_TEXT = 500

/**
 * Why a matched record's customer, unit id or model name cannot be kept, or null: text the file
 * keeps must be short, well formed and free of control characters, or the whole import would
 * fail at the database's last line instead of this row being rejected by its line.
 */
function unstorable(record: UsageRecord, at: Resolution): string | null {
  if (!at.matched) return null
  const texts: [string, string | null | undefined][] = [
    ['the customer', at.customerId],
    ['the unit id', at.unitId],
    ['the model name', record.model],
  ]
  for (const [field, text] of texts) {
    if (text === null || text === undefined) continue
    if (text.length > MAX_TEXT) {
      return `${field} is ${text.length.toLocaleString('en-US')} characters long, expected at most ${MAX_TEXT}`
    }
    if (hasControlCharacter(text) || !isWellFormed(text)) {
      return `${field} holds control characters or ill-formed text`
    }
  }
  return null
}

/** Enough rejections to show the person what is wrong; the count says how many there were. */
const KEPT_REJECTIONS = 100

export interface ImportResult extends Aggregated {
  counts: ImportCounts
  /** The first rejections, in file order. */
  rejections: Rejection[]
  /** The days the file covers (matched or not); null when it had no usable record. */
  firstDay: string | null
  lastDay: string | null
}

export interface UsageImport {
  add(raw: RawRecord): void
  /** A record the reader could not make out (a truncated CSV row, a line that is not JSON). */
  reject(rejection: Rejection): void
  counts(): ImportCounts
  result(): ImportResult
}

export function createUsageImport(
  doc: WorkspaceDoc,
  parse: (raw: RawRecord) => ParseOutcome,
  mapping: ActualsMapping | undefined,
): UsageImport {
  const resolver = recordResolver(doc, mapping)
  const aggregator = new UsageAggregator()
  const counts: ImportCounts = { read: 0, matched: 0, unmatched: 0, rejected: 0, skipped: 0 }
  const rejections: Rejection[] = []
  let firstDay: string | null = null
  let lastDay: string | null = null

  const take = (record: UsageRecord, at: Resolution): boolean => {
    if (firstDay === null || record.day < firstDay) firstDay = record.day
    if (lastDay === null || record.day > lastDay) lastDay = record.day
    if (at.matched) aggregator.add(record, at)
    else aggregator.addUnmatched(record, at.value)
    return at.matched
  }

  const reject = (rejection: Rejection) => {
    counts.rejected += 1
    if (rejections.length < KEPT_REJECTIONS) {
      rejections.push({ line: rejection.line, message: rejection.message })
    }
  }

  return {
    reject(rejection) {
      counts.read += 1
      reject(rejection)
    },
    add(raw) {
      counts.read += 1
      const outcome = parse(raw)
      if (outcome.kind === 'rejected') {
        reject(outcome)
      } else if (outcome.kind === 'skipped') {
        counts.skipped += 1
      } else {
        const resolved = outcome.records.map((record) => ({ record, at: resolver.resolve(record) }))
        const problem = resolved.map(({ record, at }) => unstorable(record, at)).find(Boolean)
        if (problem) return reject({ line: raw.line, message: problem })
        // A record standing for several (a bucket's results) is matched when any part is.
        const matched = resolved.map(({ record, at }) => take(record, at)).some(Boolean)
        counts[matched ? 'matched' : 'unmatched'] += 1
      }
    },
    counts: () => ({ ...counts }),
    result: () => ({
      ...aggregator.result(),
      counts: { ...counts },
      rejections,
      firstDay,
      lastDay,
    }),
  }
}

/** A record of the preview the mapping screen shows: what it read and where it would go. */
export interface PreviewRow {
  line: number
  record: UsageRecord | null
  resolution: Resolution | null
  /** Why the record is not a call (skipped) or cannot be used (rejected). */
  note: string | null
}

/** The first records of a file as the mapping would import them. */
export function previewRecords(
  doc: WorkspaceDoc,
  parse: (raw: RawRecord) => ParseOutcome,
  mapping: ActualsMapping | undefined,
  raws: readonly RawRecord[],
): PreviewRow[] {
  const resolver = recordResolver(doc, mapping)
  return raws.flatMap((raw): PreviewRow[] => {
    const outcome = parse(raw)
    if (outcome.kind === 'rejected') {
      return [{ line: raw.line, record: null, resolution: null, note: outcome.message }]
    }
    if (outcome.kind === 'skipped') {
      return [{ line: raw.line, record: null, resolution: null, note: outcome.reason }]
    }
    return outcome.records.map((record) => ({
      line: raw.line,
      record,
      resolution: resolver.resolve(record),
      note: null,
    }))
  })
}
