/**
 * Actuals (DESIGN.md §9): what a usage log says happened, read into one shape whatever the source,
 * then kept as daily aggregates. Token counts follow one convention: `inputTokens` excludes cached
 * reads and cache writes, `outputTokens` excludes reasoning (each is counted once).
 */
import type { UsageFormat } from '../model/types'

export type { UsageFormat }

/**
 * Where stored actuals came from: a format's usage, or its cost alone (a cost report such as
 * Anthropic's, whose rows make no calls). An import replaces its own source's days only, so a
 * cost report and the usage report of the same days live side by side.
 */
export type ActualsSource = UsageFormat | `${UsageFormat}-cost`

/** The source an import's aggregates are stored under: cost alone when none made a call. */
export function sourceOf(
  format: UsageFormat,
  aggregates: readonly { calls: number }[],
): ActualsSource {
  return aggregates.length > 0 && aggregates.every((aggregate) => aggregate.calls === 0)
    ? `${format}-cost`
    : format
}

/** One model call (or, for bucketed sources, a bucket of calls) as a format parser reads it. */
export interface UsageRecord {
  /** Where it was read: the file's line (CSV, JSONL) or the record's position (JSON), from 1. */
  line: number
  /** 'YYYY-MM-DD', in UTC. */
  day: string
  traceName?: string
  observationName?: string
  tags: readonly string[]
  /** Metadata values as text (`{ feature: 'support' }`). */
  metadata: Readonly<Record<string, string>>
  /** The model name as the source wrote it. */
  model?: string
  traceId?: string
  sessionId?: string
  requestId?: string
  userId?: string
  projectId?: string
  apiKeyId?: string
  /** Calls this record stands for: 1 for a logged call, `num_model_requests` for a bucket. */
  calls: number
  inputTokens: number
  cachedInputTokens: number
  cacheWriteTokens: number
  outputTokens: number
  reasoningTokens: number
  /** USD the source says it cost; null when it does not say. */
  reportedCost: number | null
  /** Served from a response cache (no model call paid); undefined when the source cannot tell. */
  cacheHit?: boolean
  /** Run through a batch API (priced at the batch discount). */
  batch?: boolean
}

/** What a parser makes of one raw record. */
export type ParseOutcome =
  | { kind: 'records'; records: UsageRecord[] }
  /** Read and understood, but not a model call (a Langfuse span or event): carries no usage. */
  | { kind: 'skipped'; reason: string }
  /** Unusable: a negative token count, a date that does not parse. The message names the field. */
  | { kind: 'rejected'; line: number; message: string }

/** A raw record of a file and where it was read. */
export interface RawRecord {
  value: unknown
  line: number
}

/** The whole file cannot be read as this format: nothing is imported. */
export class ImportRefused extends Error {
  override name = 'ImportRefused'
}

/**
 * One day of one feature's usage (§9), by step, model and customer. A unit counts once, on the
 * aggregate where it was first seen that day, so units add up across steps, models and customers.
 */
export interface DailyAggregate {
  day: string
  featureId: string
  /** '' when the row names no step. */
  stepId: string
  /** The workspace model, or null when the source's model matches none (then not re-costed). */
  modelId: string | null
  /** The model name as the source wrote it. */
  sourceModel: string
  /** 'unassigned' when the row names no customer. */
  customerId: string
  cohortId: string | null
  units: number
  calls: number
  inputTokens: number
  cachedInputTokens: number
  cacheWriteTokens: number
  outputTokens: number
  reasoningTokens: number
  /** Calls run through a batch API. */
  batchCalls: number
  reportedCost: number | null
  /** Calls served from a response cache; null when the source does not report cache hits. */
  cacheHits: number | null
}

/** What calibration measures per unit or per call (§9), kept as exact value → count histograms. */
export type SampleMetric =
  'callsPerUnit' | 'inputTokens' | 'cachedInputTokens' | 'outputTokens' | 'reasoningTokens'

/**
 * How many units (callsPerUnit) or calls (token metrics) of a feature's step had `value` on
 * `day`. Units without a call of the step are not listed: they are the feature's units minus the
 * listed ones. `inputTokens` is a call's whole input (uncached, cached reads and cache writes),
 * as a step's `inputTokens` plans it. Values of 1,000 and more are kept to three significant
 * digits.
 */
export interface SampleCount {
  day: string
  featureId: string
  stepId: string
  metric: SampleMetric
  value: number
  count: number
}

/** Rows a day had that matched no feature, by the value that failed to match. */
export interface UnmatchedCount {
  day: string
  /** What was read where the feature should be (a trace name, a tag), or '' for nothing. */
  value: string
  rows: number
  cost: number
}

/** A revenue CSV row (§9 "Actual revenue"). */
export interface RevenueRow {
  day: string
  customerId: string | null
  cohortId: string | null
  featureId: string | null
  amount: number
}

/** How an import went: every row accounted for. */
export interface ImportCounts {
  /** Records read (rows of a CSV, records of JSON). */
  read: number
  matched: number
  unmatched: number
  rejected: number
  /** Understood but not model calls (spans, events). */
  skipped: number
}

/** A rejected record, for the person: `line 12: inputTokens is -4, expected 0 or more`. */
export interface Rejection {
  line: number
  message: string
}

/** One import as the file records it. */
export interface ImportRecord {
  id: number
  source: ActualsSource | 'revenue'
  fileName: string
  /** ISO 8601 instant. */
  importedAt: string
  firstDay: string | null
  lastDay: string | null
  counts: ImportCounts
}
