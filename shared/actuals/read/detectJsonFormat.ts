/**
 * Which format a JSON document is, from its shape, so a file chosen under the wrong format is
 * refused with a pointer to the right one instead of being read as rows of nothing.
 */
import type { UsageFormat } from '../../model/types'

type Json = Readonly<Record<string, unknown>>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The rows of an export: the array itself, or the `data` array of an API page. */
export function exportRows(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value
  if (isObject(value) && Array.isArray(value['data'])) return value['data']
  return null
}

/** Each format's document as people call it, for refusals. */
export const DOCUMENT_NAMES: Record<UsageFormat, { document: string; format: string }> = {
  langfuse: { document: 'a Langfuse export', format: 'Langfuse' },
  helicone: { document: 'a Helicone export', format: 'Helicone' },
  litellm: { document: 'a LiteLLM spend log', format: 'LiteLLM' },
  openai: { document: 'an OpenAI usage page', format: 'OpenAI' },
  anthropic: { document: 'an Anthropic usage or cost report', format: 'Anthropic' },
  otel: { document: 'an OpenTelemetry trace export', format: 'OpenTelemetry' },
  csv: { document: 'a CSV file', format: 'generic CSV' },
}

/** Fields only one export's rows have. */
function rowFormat(row: Json): UsageFormat | null {
  if ('request_created_at' in row || 'prompt_cache_read_tokens' in row) return 'helicone'
  if ('startTime' in row && ('spend' in row || 'request_tags' in row)) return 'litellm'
  const langfuseKeys = [
    'usage_details',
    'usageDetails',
    'trace_id',
    'traceId',
    'provided_model_name',
  ]
  if (langfuseKeys.some((key) => key in row)) return 'langfuse'
  return null
}

/** The format a parsed JSON document looks like, or null when its shape says nothing. */
export function detectJsonFormat(value: unknown): UsageFormat | null {
  if (isObject(value) && Array.isArray(value['resourceSpans'])) return 'otel'
  const rows = exportRows(value)
  const first: unknown = rows?.[0]
  if (!isObject(first)) return null
  if ('results' in first && 'start_time' in first) return 'openai'
  if ('results' in first && 'starting_at' in first) return 'anthropic'
  return rowFormat(first)
}
