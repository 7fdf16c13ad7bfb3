/**
 * The raw records of a parsed JSON document, in the shape its format's parser reads: one per
 * export row, per usage result (with its bucket's start carried in) or per OTLP span. A record's
 * `line` is its position in the document, from 1.
 */
import type { UsageFormat } from '../../model/types'
import { ImportRefused, type RawRecord } from '../types'
import { DOCUMENT_NAMES, detectJsonFormat, exportRows } from './detectJsonFormat'

type Json = Readonly<Record<string, unknown>>

function objects(value: unknown): Json[] {
  return Array.isArray(value)
    ? value.filter((item): item is Json => typeof item === 'object' && item !== null)
    : []
}

/**
 * Usage results with their bucket's times: OpenAI buckets say `start_time`/`end_time` (unix
 * seconds), Anthropic's `starting_at`/`ending_at` (RFC 3339).
 */
function bucketResults(rows: unknown[] | null, start: string, end: string): unknown[] | null {
  return (
    rows &&
    objects(rows).flatMap((bucket) =>
      objects(bucket['results']).map((result) => ({
        [start]: bucket[start],
        [end]: bucket[end],
        ...result,
      })),
    )
  )
}

/** Spans with their resource's attributes (service name, deployment) as `resourceAttributes`. */
function otlpSpans(document: unknown): unknown[] | null {
  const resourceSpans = (document as Json | null)?.['resourceSpans']
  if (!Array.isArray(resourceSpans)) return null
  return objects(resourceSpans).flatMap((group) => {
    const resource = group['resource'] as Json | undefined
    return objects(group['scopeSpans']).flatMap((scopeSpans) =>
      objects(scopeSpans['spans']).map((span) => ({
        resourceAttributes: resource?.['attributes'],
        ...span,
      })),
    )
  })
}

/** What each format's document holds: rows, bucket results or spans. */
const SHAPES: Record<
  Exclude<UsageFormat, 'csv'>,
  { expected: string; read(doc: unknown): unknown[] | null }
> = {
  langfuse: { expected: 'a list of observations', read: exportRows },
  helicone: { expected: 'a list of requests', read: exportRows },
  litellm: { expected: 'a list of spend logs', read: exportRows },
  openai: {
    expected: 'a page of usage buckets',
    read: (doc) => bucketResults(exportRows(doc), 'start_time', 'end_time'),
  },
  anthropic: {
    expected: 'a report of usage buckets',
    read: (doc) => bucketResults(exportRows(doc), 'starting_at', 'ending_at'),
  },
  otel: { expected: 'OTLP JSON with resourceSpans', read: otlpSpans },
}

/** The document's raw records; refused when it looks like another format's document. */
export function jsonDocumentRecords(document: unknown, format: UsageFormat): RawRecord[] {
  const detected = detectJsonFormat(document)
  if (detected !== null && detected !== format) {
    const names = DOCUMENT_NAMES[detected]
    throw new ImportRefused(
      `This JSON looks like ${names.document}, not ${DOCUMENT_NAMES[format].document}: choose the ${names.format} format`,
    )
  }
  if (format === 'csv') {
    throw new ImportRefused('The generic CSV format reads CSV files: choose a format for this JSON')
  }
  const shape = SHAPES[format]
  const values = shape.read(document)
  if (values === null) {
    throw new ImportRefused(
      `This JSON is not ${DOCUMENT_NAMES[format].document}: expected ${shape.expected}`,
    )
  }
  return values.map((value, index) => ({ value, line: index + 1 }))
}
