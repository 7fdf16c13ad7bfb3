/** The usage log formats §9 reads, by their `UsageFormat` id. */
import type { UsageFormat } from '../../model/types'
import { anthropicParser } from './anthropic'
import { csvColumnsParser } from './csvColumns'
import { heliconeParser } from './helicone'
import { langfuseParser } from './langfuse'
import { litellmParser } from './litellm'
import { openaiParser } from './openai'
import { otelParser } from './otel'
import type { FormatParser } from './parser'

export type { FormatParser } from './parser'
export { CSV_FIELDS, type CsvField } from './csvColumns'

export const formatParsers: Record<UsageFormat, FormatParser> = {
  langfuse: langfuseParser,
  helicone: heliconeParser,
  litellm: litellmParser,
  openai: openaiParser,
  anthropic: anthropicParser,
  otel: otelParser,
  csv: csvColumnsParser,
}
