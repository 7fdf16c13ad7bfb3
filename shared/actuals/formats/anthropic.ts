/**
 * Anthropic Admin API reports, one result per record with its bucket's `starting_at` carried in:
 * the messages usage report and the cost report.
 *
 * Sources:
 * - https://docs.claude.com/en/api/admin-api/usage-cost/get-messages-usage-report (result
 *   `uncached_input_tokens`, `cache_read_input_tokens`, `cache_creation.ephemeral_1h_input_tokens`
 *   / `ephemeral_5m_input_tokens`, `output_tokens`, `model`, `workspace_id`, `api_key_id`,
 *   `service_tier` ('standard' | 'batch' | …))
 * - https://platform.claude.com/docs/en/api/admin/cost_report (`amount`: "Cost amount in lowest
 *   currency units (e.g. cents) as a decimal string", `currency` "USD", `cost_type`, `token_type`)
 * - https://docs.claude.com/en/api/usage-cost-api
 *
 * Anthropic already counts input without cache reads and writes, so nothing is subtracted.
 * The usage report has no request count. A result stands as one call: 0 would leave its tokens
 * with no call at all, and any other number would be invented. Per-call figures from these
 * buckets are therefore per bucket row, not per request.
 * A cost-report result is cost only (calls 0, no tokens): imported beside the usage report of the
 * same days, it gives their model's reported cost.
 */
import type { ParseOutcome, RawRecord } from '../types'
import { asRow, objectField, text, textValues, type Row } from './cells'
import { decimal, FieldError, tokens, utcDay } from './fields'
import { parseRow, single, usageRecord, type FormatParser, type RecordFields } from './parser'

function usageFields(row: Row): RecordFields {
  const creation = objectField(row['cache_creation'], 'cache_creation')
  return {
    calls: 1,
    inputTokens: tokens(row['uncached_input_tokens'], 'uncached_input_tokens'),
    cachedInputTokens: tokens(row['cache_read_input_tokens'], 'cache_read_input_tokens'),
    cacheWriteTokens:
      tokens(creation['ephemeral_1h_input_tokens'], 'cache_creation.ephemeral_1h_input_tokens') +
      tokens(creation['ephemeral_5m_input_tokens'], 'cache_creation.ephemeral_5m_input_tokens'),
    outputTokens: tokens(row['output_tokens'], 'output_tokens'),
  }
}

function costFields(row: Row): RecordFields {
  const currency = text(row['currency']) ?? 'USD'
  if (currency !== 'USD') throw new FieldError(`currency is ${currency}, expected USD`)
  const cents = decimal(row['amount'], 'amount')
  if (cents < 0) throw new FieldError(`amount is ${cents}, expected 0 or more`)
  return {
    calls: 0,
    metadata: textValues({
      cost_type: row['cost_type'],
      token_type: row['token_type'],
      description: row['description'],
    }),
    reportedCost: cents / 100,
  }
}

function parse(raw: RawRecord): ParseOutcome {
  return parseRow(raw, () => {
    const row = asRow(raw.value)
    const serviceTier = text(row['service_tier'])
    return single(
      usageRecord(raw.line, utcDay(row['starting_at'], 'starting_at'), {
        model: text(row['model']),
        projectId: text(row['workspace_id']),
        apiKeyId: text(row['api_key_id']),
        batch: serviceTier === undefined ? undefined : serviceTier === 'batch',
        ...('amount' in row ? costFields(row) : usageFields(row)),
      }),
    )
  })
}

export const anthropicParser: FormatParser = {
  format: 'anthropic',
  label: 'Anthropic usage and cost reports (JSON)',
  fileKinds: ['json'],
  parse,
}
