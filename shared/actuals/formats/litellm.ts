/**
 * LiteLLM proxy spend logs: rows of the `LiteLLM_SpendLogs` table, exported as CSV or as the JSON
 * list `/spend/logs` returns.
 *
 * Sources:
 * - https://github.com/BerriAI/litellm/blob/main/schema.prisma (LiteLLM_SpendLogs: request_id,
 *   api_key, spend, prompt_tokens, completion_tokens, startTime, model, model_group, user,
 *   metadata, cache_hit (text), request_tags (JSON list), team_id, end_user, session_id)
 * - https://github.com/BerriAI/litellm/blob/main/litellm/proxy/_types.py (SpendLogsMetadata:
 *   `spend_logs_metadata` holds the caller's own key/values; `additional_usage_values` /
 *   `usage_object` the provider usage with cache counts)
 * - https://docs.litellm.ai/docs/proxy/cost_tracking, https://docs.litellm.ai/docs/proxy/request_tags
 *
 * LiteLLM reports usage in OpenAI's shape: `prompt_tokens` includes cached reads and cache writes,
 * `completion_tokens` includes reasoning; both are taken out here.
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, flag, objectField, pick, tagList, text, textValues, type Row } from './cells'
import { excluding, tokens, usd, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

/** Metadata that is not about the call: request contents, and usage read into the record. */
const NOT_METADATA = new Set([
  'spend_logs_metadata',
  'requester_metadata',
  'usage_object',
  'additional_usage_values',
  'proxy_server_request',
])

/**
 * The caller's metadata (`spend_logs_metadata`, where a `feature` key would be) over the proxy's
 * own keys (`user_api_key_alias`, `user_api_key_team_id`, …).
 */
function metadata(meta: Row): Record<string, string> {
  const own = Object.fromEntries(Object.entries(meta).filter(([key]) => !NOT_METADATA.has(key)))
  return {
    ...textValues(own),
    ...textValues(objectField(meta['requester_metadata'], 'metadata.requester_metadata')),
    ...textValues(objectField(meta['spend_logs_metadata'], 'metadata.spend_logs_metadata')),
  }
}

/** The provider usage LiteLLM keeps in metadata, where the cache and reasoning counts are. */
function providerUsage(meta: Row): Row {
  return objectField(pick(meta, 'usage_object', 'additional_usage_values'), 'metadata.usage_object')
}

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const meta = objectField(row['metadata'], 'metadata')
    const usage = providerUsage(meta)
    const promptDetails = objectField(usage['prompt_tokens_details'], 'prompt_tokens_details')
    const completionDetails = objectField(
      usage['completion_tokens_details'],
      'completion_tokens_details',
    )
    const cached = tokens(
      pick(promptDetails, 'cached_tokens') ?? usage['cache_read_input_tokens'],
      'usage_object.prompt_tokens_details.cached_tokens',
    )
    const cacheWrite = tokens(
      usage['cache_creation_input_tokens'],
      'usage_object.cache_creation_input_tokens',
    )
    const reasoning = tokens(
      completionDetails['reasoning_tokens'],
      'usage_object.completion_tokens_details.reasoning_tokens',
    )
    const prompt = tokens(row['prompt_tokens'], 'prompt_tokens')
    const completion = tokens(row['completion_tokens'], 'completion_tokens')
    return single(
      usageRecord(raw.line, utcDay(row['startTime'], 'startTime'), {
        tags: tagList(row['request_tags'], 'request_tags'),
        metadata: metadata(meta),
        model: text(pick(row, 'model', 'model_group')),
        sessionId: text(row['session_id']),
        requestId: text(row['request_id']),
        // `end_user` is the customer the app named; `user` the proxy user who owns the key.
        userId: text(pick(row, 'end_user', 'user')),
        projectId: text(row['team_id']),
        apiKeyId: text(row['api_key']),
        inputTokens: excluding(
          prompt,
          cached + cacheWrite,
          'prompt_tokens',
          'cached and cache-write tokens',
        ),
        cachedInputTokens: cached,
        cacheWriteTokens: cacheWrite,
        outputTokens: excluding(completion, reasoning, 'completion_tokens', 'reasoning tokens'),
        reasoningTokens: reasoning,
        reportedCost: usd(row['spend'], 'spend'),
        cacheHit: flag(row['cache_hit']),
      }),
    )
  })
}

export const litellmParser: FormatParser = {
  format: 'litellm',
  label: 'LiteLLM spend logs (CSV, JSON)',
  fileKinds: ['csv', 'json'],
  parse,
}
