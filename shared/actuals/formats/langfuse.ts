/**
 * Langfuse observations: the enriched observations export (blob storage `observations_v2`, CSV /
 * JSON / JSONL, snake_case) and the public API's observations (camelCase).
 *
 * Sources:
 * - https://langfuse.com/docs/api-and-data-platform/features/blob-storage-export-fields
 *   (fields, UTC timestamps without a zone, CSV cells holding JSON-encoded objects and lists)
 * - https://langfuse.com/docs/observability/features/token-and-cost-tracking
 *   ("usage types are mutually exclusive buckets": `input` excludes `input_*` such as
 *   `input_cached_tokens`, `output` excludes `output_*` such as `output_reasoning_tokens`;
 *   `total` is their sum; only generations and embeddings carry usage and cost)
 * - https://js.reference.langfuse.com/interfaces/_langfuse_core.ObservationsView.html
 *   (public API names: `startTime`, `traceId`, `usageDetails`, `costDetails`, `calculatedTotalCost`)
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, objectField, pick, tagList, text, textValues, type Row } from './cells'
import { tokens, usd, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

/** Observation types that are model calls; spans, events, tools and agents carry no usage. */
const CALL_TYPES = new Set(['GENERATION', 'EMBEDDING'])

/**
 * Usage keys by what they count. Langfuse stores them as ingested, so several spellings occur:
 * its OpenAI mapping (`input_cached_tokens`, `output_reasoning_tokens`), Anthropic's names
 * (`cache_read_input_tokens`, `cache_creation_input_tokens`) and its OpenTelemetry mapping.
 */
const CACHED_KEYS = ['input_cached_tokens', 'cache_read_input_tokens', 'input_cache_read']
const CACHE_WRITE_KEYS = [
  'cache_creation_input_tokens',
  'input_cache_creation',
  'input_cache_write',
]
const REASONING_KEYS = ['output_reasoning_tokens', 'output_reasoning']

function sumOf(usage: Row, keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + tokens(usage[key], `usage_details.${key}`), 0)
}

/**
 * The observation's cost: `cost_details.total` (or the sum of its parts), else `total_cost`, else
 * the deprecated calculated cost. A root span's cost is never read: spans are skipped, so a trace
 * total that an SDK wrote onto its span is not counted on top of its generations.
 */
function reportedCost(row: Row): number | null {
  const details = objectField(pick(row, 'cost_details', 'costDetails'), 'cost_details')
  if (details['total'] !== undefined) return usd(details['total'], 'cost_details.total')
  const parts = Object.entries(details)
  if (parts.length > 0) {
    return parts.reduce((sum, [key, value]) => sum + (usd(value, `cost_details.${key}`) ?? 0), 0)
  }
  return usd(
    pick(row, 'total_cost', 'totalCost', 'calculated_total_cost', 'calculatedTotalCost'),
    'total_cost',
  )
}

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const type = text(row['type'])?.toUpperCase()
    if (type !== undefined && !CALL_TYPES.has(type)) {
      return { kind: 'skipped', reason: `a ${type} observation is not a model call` }
    }
    const usage = objectField(pick(row, 'usage_details', 'usageDetails'), 'usage_details')
    return single(
      usageRecord(raw.line, utcDay(pick(row, 'start_time', 'startTime'), 'start_time'), {
        traceName: text(pick(row, 'trace_name', 'traceName')),
        observationName: text(row['name']),
        tags: tagList(row['tags'], 'tags'),
        metadata: textValues(objectField(row['metadata'], 'metadata')),
        model: text(pick(row, 'provided_model_name', 'providedModelName', 'model')),
        traceId: text(pick(row, 'trace_id', 'traceId')),
        sessionId: text(pick(row, 'session_id', 'sessionId')),
        requestId: text(row['id']),
        userId: text(pick(row, 'user_id', 'userId')),
        projectId: text(pick(row, 'project_id', 'projectId')),
        inputTokens: tokens(usage['input'], 'usage_details.input'),
        cachedInputTokens: sumOf(usage, CACHED_KEYS),
        cacheWriteTokens: sumOf(usage, CACHE_WRITE_KEYS),
        outputTokens: tokens(usage['output'], 'usage_details.output'),
        reasoningTokens: sumOf(usage, REASONING_KEYS),
        reportedCost: reportedCost(row),
      }),
    )
  })
}

export const langfuseParser: FormatParser = {
  format: 'langfuse',
  label: 'Langfuse observations (CSV, JSON, JSONL)',
  fileKinds: ['csv', 'json', 'jsonl'],
  parse,
}
