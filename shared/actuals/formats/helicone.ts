/**
 * Helicone request exports: the `@helicone/export` tool's CSV, JSON and JSONL (its default), and
 * the request query API's JSON (`HeliconeRequest` rows, as an array or `{ data: [...] }`).
 *
 * Sources:
 * - https://docs.helicone.ai/tools/export.md and the export tool it links,
 *   https://github.com/Helicone/helicone/tree/main/examples/export/typescript (CSV columns:
 *   response_id, request_created_at, request_properties, request_user_id, model, prompt_tokens,
 *   completion_tokens, cost, …)
 * - https://docs.helicone.ai/rest/request/post-v1requestquery-clickhouse (HeliconeRequest:
 *   request_id, prompt_cache_read_tokens, prompt_cache_write_tokens, cost, costUSD,
 *   cache_reference_id, properties)
 * - https://docs.helicone.ai/features/sessions (the Helicone-Session-Id / -Name properties)
 *
 * Helicone does not document whether `prompt_tokens` includes the cache counts. Its own cost code
 * (packages/cost/usage/openAIUsageProcessor.ts) takes it as including cached reads unless the
 * cached count is larger (then the provider already excluded them, as Anthropic does); so do we,
 * with cache writes alongside the reads.
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, flag, objectField, pick, text, textValues, type Row } from './cells'
import { tokens, usd, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

/** Custom properties sent as `Helicone-Property-Feature` may keep the header's prefix. */
const PROPERTY_PREFIX = /^helicone-property-/i

function properties(row: Row): Record<string, string> {
  const raw = objectField(pick(row, 'request_properties', 'properties'), 'request_properties')
  return textValues(
    Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [key.replace(PROPERTY_PREFIX, ''), value]),
    ),
  )
}

function property(props: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(props).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : props[key]
}

function inputTokens(prompt: number, cached: number, cacheWrite: number): number {
  return cached + cacheWrite > prompt ? prompt : prompt - cached - cacheWrite
}

/** The zero id Helicone's table defaults `cache_reference_id` to for requests not served from cache. */
const NO_CACHE_REFERENCE = /^[0-]*$/

/** Served from Helicone's response cache: the row points at the cached request. */
function cacheHit(row: Row): boolean | undefined {
  if (!('cache_reference_id' in row)) return flag(row['cached'])
  const reference = text(row['cache_reference_id'])
  return reference !== undefined && !NO_CACHE_REFERENCE.test(reference)
}

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const props = properties(row)
    const prompt = tokens(row['prompt_tokens'], 'prompt_tokens')
    const cached = tokens(row['prompt_cache_read_tokens'], 'prompt_cache_read_tokens')
    const cacheWrite = tokens(row['prompt_cache_write_tokens'], 'prompt_cache_write_tokens')
    return single(
      usageRecord(raw.line, utcDay(row['request_created_at'], 'request_created_at'), {
        traceName: property(props, 'helicone-session-name'),
        metadata: props,
        model: text(pick(row, 'model', 'request_model', 'response_model')),
        sessionId: property(props, 'helicone-session-id'),
        requestId: text(pick(row, 'request_id', 'response_id')),
        userId: text(row['request_user_id']),
        inputTokens: inputTokens(prompt, cached, cacheWrite),
        cachedInputTokens: cached,
        cacheWriteTokens: cacheWrite,
        outputTokens: tokens(row['completion_tokens'], 'completion_tokens'),
        reportedCost: usd(pick(row, 'costUSD', 'cost_usd', 'cost'), 'cost'),
        cacheHit: cacheHit(row),
      }),
    )
  })
}

export const heliconeParser: FormatParser = {
  format: 'helicone',
  label: 'Helicone requests (CSV, JSON, JSONL)',
  fileKinds: ['csv', 'json', 'jsonl'],
  parse,
}
