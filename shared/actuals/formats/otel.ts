/**
 * OpenTelemetry GenAI spans in OTLP JSON; the document reader hands over one span per record with
 * its resource's attributes as `resourceAttributes`.
 *
 * Sources:
 * - https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/ (`gen_ai.request.model`,
 *   `gen_ai.response.model`, `gen_ai.response.id`, `gen_ai.conversation.id`,
 *   `gen_ai.usage.input_tokens`, `gen_ai.usage.output_tokens`)
 * - https://open-telemetry.github.io/opentelemetry-js/variables/_opentelemetry_semantic-conventions.incubating.ATTR_GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS.html
 *   and …CACHE_CREATION_INPUT_TOKENS, …REASONING_OUTPUT_TOKENS ("SHOULD be included in"
 *   `gen_ai.usage.input_tokens` / `output_tokens`: so they are taken out here)
 * - https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding (`traceId`,
 *   `startTimeUnixNano` and `intValue` as strings; attributes as `{ key, value: { stringValue |
 *   intValue | doubleValue | boolValue | arrayValue } }`)
 * - https://opentelemetry.io/docs/specs/semconv/registry/attributes/user/ (`user.id`)
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, text } from './cells'
import { excluding, tokens, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

type AnyValue = Readonly<Record<string, unknown>>

function attributeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  const any = value as AnyValue
  if ('arrayValue' in any) {
    const values = (any['arrayValue'] as { values?: unknown[] } | null)?.values ?? []
    return values.map(attributeValue)
  }
  return any['stringValue'] ?? any['intValue'] ?? any['doubleValue'] ?? any['boolValue']
}

/** OTLP's attribute list as a map. */
function attributes(list: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>()
  if (!Array.isArray(list)) return map
  for (const entry of list as { key?: unknown; value?: unknown }[]) {
    if (typeof entry?.key === 'string') map.set(entry.key, attributeValue(entry.value))
  }
  return map
}

/**
 * Attributes as metadata, except `gen_ai.*`: those are read into the record, or are message
 * content, which actuals never keep.
 */
function metadata(...maps: Map<string, unknown>[]): Record<string, string> {
  const result: Record<string, string> = {}
  for (const map of maps) {
    for (const [key, value] of map) {
      if (key.startsWith('gen_ai.') || value === undefined) continue
      result[key] = typeof value === 'object' ? JSON.stringify(value) : String(value)
    }
  }
  return result
}

const INPUT = 'gen_ai.usage.input_tokens'
const OUTPUT = 'gen_ai.usage.output_tokens'
const CACHE_READ = 'gen_ai.usage.cache_read.input_tokens'
const CACHE_CREATION = 'gen_ai.usage.cache_creation.input_tokens'
const REASONING = 'gen_ai.usage.reasoning.output_tokens'

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const span = asRow(raw.value)
    const attrs = attributes(span['attributes'])
    if (!attrs.has(INPUT) && !attrs.has(OUTPUT)) {
      return { kind: 'skipped', reason: 'a span without gen_ai usage is not a model call' }
    }
    const cached = tokens(attrs.get(CACHE_READ), CACHE_READ)
    const cacheWrite = tokens(attrs.get(CACHE_CREATION), CACHE_CREATION)
    const reasoning = tokens(attrs.get(REASONING), REASONING)
    return single(
      usageRecord(raw.line, utcDay(span['startTimeUnixNano'], 'startTimeUnixNano'), {
        observationName: text(span['name']),
        metadata: metadata(attributes(span['resourceAttributes']), attrs),
        // The model asked for ('gpt-4o') is what plans name; the response may name a snapshot.
        model: text(attrs.get('gen_ai.request.model') ?? attrs.get('gen_ai.response.model')),
        traceId: text(span['traceId']),
        sessionId: text(attrs.get('gen_ai.conversation.id')),
        requestId: text(attrs.get('gen_ai.response.id')),
        userId: text(attrs.get('user.id')),
        inputTokens: excluding(
          tokens(attrs.get(INPUT), INPUT),
          cached + cacheWrite,
          INPUT,
          'cached and cache-write tokens',
        ),
        cachedInputTokens: cached,
        cacheWriteTokens: cacheWrite,
        outputTokens: excluding(
          tokens(attrs.get(OUTPUT), OUTPUT),
          reasoning,
          OUTPUT,
          'reasoning tokens',
        ),
        reasoningTokens: reasoning,
      }),
    )
  })
}

export const otelParser: FormatParser = {
  format: 'otel',
  label: 'OpenTelemetry GenAI spans (OTLP JSON)',
  fileKinds: ['json'],
  parse,
}
