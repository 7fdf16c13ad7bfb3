/**
 * OpenAI organization usage API, completions (`GET /v1/organization/usage/completions`). The
 * document reader hands over one result per record with its bucket's `start_time` carried in.
 *
 * Sources:
 * - https://platform.openai.com/docs/api-reference/usage/completions (bucket `start_time` in
 *   unix seconds; result `input_tokens` "including cached tokens", `input_cached_tokens`,
 *   `output_tokens`, `num_model_requests`, `project_id`, `user_id`, `api_key_id`, `model`,
 *   `batch`)
 * - https://cookbook.openai.com/examples/completions_usage_api
 *
 * The API reports no cost (that is the separate costs endpoint): `reportedCost` is null. Audio
 * tokens are not read apart: the current schema counts them inside `input_tokens`/`output_tokens`.
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, flag, objectField, text } from './cells'
import { excluding, tokens, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser } from './parser'

const COMPLETIONS_RESULT = 'organization.usage.completions.result'

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const object = text(row['object'])
    if (object !== undefined && object !== COMPLETIONS_RESULT) {
      return { kind: 'skipped', reason: `a ${object} is not completions usage` }
    }
    const cached = tokens(row['input_cached_tokens'], 'input_cached_tokens')
    // Not in the usage schema today; read so a reasoning count OpenAI adds is not priced twice.
    const reasoning = tokens(
      objectField(row['output_tokens_details'], 'output_tokens_details')['reasoning_tokens'],
      'output_tokens_details.reasoning_tokens',
    )
    return single(
      usageRecord(raw.line, utcDay(row['start_time'], 'start_time'), {
        model: text(row['model']),
        userId: text(row['user_id']),
        projectId: text(row['project_id']),
        apiKeyId: text(row['api_key_id']),
        calls: tokens(row['num_model_requests'], 'num_model_requests'),
        inputTokens: excluding(
          tokens(row['input_tokens'], 'input_tokens'),
          cached,
          'input_tokens',
          'cached tokens',
        ),
        cachedInputTokens: cached,
        outputTokens: excluding(
          tokens(row['output_tokens'], 'output_tokens'),
          reasoning,
          'output_tokens',
          'reasoning tokens',
        ),
        reasoningTokens: reasoning,
        batch: flag(row['batch']),
      }),
    )
  })
}

export const openaiParser: FormatParser = {
  format: 'openai',
  label: 'OpenAI usage API, completions (JSON)',
  fileKinds: ['json'],
  parse,
}
