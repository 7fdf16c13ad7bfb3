import { describe, expect, it } from 'vitest'
import { detectJsonFormat } from '../../../../shared/actuals/read/detectJsonFormat'
import { jsonDocumentRecords } from '../../../../shared/actuals/read/jsonDocument'
import { ImportRefused, type UsageFormat } from '../../../../shared/actuals/types'
import { fixtureText } from './fixtureRecords'

const fixture = (name: string): unknown => JSON.parse(fixtureText(name)) as unknown

const documents: [string, UsageFormat][] = [
  ['langfuse-observations.json', 'langfuse'],
  ['helicone-requests.json', 'helicone'],
  ['litellm-spend-logs.json', 'litellm'],
  ['openai-usage-completions.json', 'openai'],
  ['anthropic-usage-report.json', 'anthropic'],
  ['anthropic-cost-report.json', 'anthropic'],
  ['otel-genai-spans.json', 'otel'],
]

/** The message a document is refused with under a format; fails when it is not refused. */
function refusal(document: unknown, format: UsageFormat): string {
  try {
    jsonDocumentRecords(document, format)
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefused)
    return (error as Error).message
  }
  throw new Error('the document was not refused')
}

describe('detectJsonFormat', () => {
  it.each(documents)('recognises %s as %s', (name, format) => {
    expect(detectJsonFormat(fixture(name))).toBe(format)
  })

  it('says nothing of an empty list or an unknown shape', () => {
    expect(detectJsonFormat([])).toBeNull()
    expect(detectJsonFormat({ rows: 3 })).toBeNull()
  })
})

describe('jsonDocumentRecords', () => {
  it('refuses a document of another format and names the right one', () => {
    expect(refusal(fixture('openai-usage-completions.json'), 'langfuse')).toBe(
      'This JSON looks like an OpenAI usage page, not a Langfuse export: choose the OpenAI format',
    )
    expect(refusal(fixture('langfuse-observations.json'), 'otel')).toBe(
      'This JSON looks like a Langfuse export, not an OpenTelemetry trace export: choose the Langfuse format',
    )
    expect(refusal(fixture('litellm-spend-logs.json'), 'csv')).toBe(
      'This JSON looks like a LiteLLM spend log, not a CSV file: choose the LiteLLM format',
    )
  })

  it('refuses a document without its format’s shape', () => {
    expect(refusal({ resourceSpans: 'none' }, 'otel')).toBe(
      'This JSON is not an OpenTelemetry trace export: expected OTLP JSON with resourceSpans',
    )
    expect(refusal({ total: 3 }, 'helicone')).toBe(
      'This JSON is not a Helicone export: expected a list of requests',
    )
    expect(refusal([], 'csv')).toBe(
      'The generic CSV format reads CSV files: choose a format for this JSON',
    )
  })

  it('reads export rows from a list or from a page’s data, numbered from 1', () => {
    const row = { trace_id: 't', type: 'SPAN' }
    expect(jsonDocumentRecords({ data: [row, row], meta: {} }, 'langfuse')).toEqual([
      { value: row, line: 1 },
      { value: row, line: 2 },
    ])
    expect(jsonDocumentRecords([], 'helicone')).toEqual([])
  })

  it('carries each bucket’s times into its results', () => {
    const page = {
      object: 'page',
      data: [{ start_time: 10, end_time: 20, results: [{ model: 'a' }, { model: 'b' }] }],
    }
    expect(jsonDocumentRecords(page, 'openai').map((r) => r.value)).toEqual([
      { start_time: 10, end_time: 20, model: 'a' },
      { start_time: 10, end_time: 20, model: 'b' },
    ])
  })

  it('gives spans their resource’s attributes', () => {
    const resource = { attributes: [{ key: 'service.name', value: { stringValue: 'x' } }] }
    const document = { resourceSpans: [{ resource, scopeSpans: [{ spans: [{ name: 's' }] }] }] }
    expect(jsonDocumentRecords(document, 'otel')).toEqual([
      { value: { name: 's', resourceAttributes: resource.attributes }, line: 1 },
    ])
  })
})
