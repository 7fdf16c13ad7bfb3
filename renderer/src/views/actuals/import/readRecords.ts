/**
 * A usage log File read record by record inside the import worker: a CSV streamed through
 * papaparse, JSON Lines streamed line by line, a JSON document parsed whole (refused past
 * `MAX_JSON_BYTES`, where the person is asked for JSON Lines or CSV). The preview stops early.
 */
import Papa from 'papaparse'
import { takeCsvRows } from '../../../../../shared/actuals/read/csvRows'
import { jsonDocumentRecords } from '../../../../../shared/actuals/read/jsonDocument'
import { jsonlLines, jsonlRecord } from '../../../../../shared/actuals/read/jsonlLines'
import { ImportRefused, type RawRecord, type Rejection } from '../../../../../shared/actuals/types'
import type { UsageFormat } from '../../../../../shared/model/types'
import type { FileKind } from './fileKind'

export const MAX_JSON_BYTES = 200 * 1024 * 1024

/** Large enough to keep papaparse's overhead small, small enough for a smooth progress bar. */
const CSV_CHUNK_BYTES = 1024 * 1024

export interface RecordSink {
  record(raw: RawRecord): void
  /** A line that cannot be a record at all (not JSON, a cut CSV line). */
  reject(rejection: Rejection): void
  /** Bytes of the file read so far. */
  progress(bytes: number): void
  /** True once the reader has read enough (the preview's first records). */
  full(): boolean
}

/** CSV rows with their line (the header is line 1; exact unless a quoted cell holds a break). */
function readCsv(file: File, sink: RecordSink): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let rowsBefore = 0
    let chunks = 0
    let headers: string[] = []
    // A sink refusing the file (a column mapping it cannot read) stops the parse; papaparse calls
    // `chunk` from a reader's event, where a throw would be lost and the import would never end.
    let refusal: unknown = null
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: true,
      chunkSize: CSV_CHUNK_BYTES,
      chunk(results, parser) {
        headers = results.meta.fields ?? headers
        try {
          takeCsvRows(results, rowsBefore, sink)
        } catch (error) {
          refusal = error
        }
        rowsBefore += results.data.length
        chunks += 1
        sink.progress(Math.min(file.size, chunks * CSV_CHUNK_BYTES))
        if (refusal !== null || sink.full()) parser.abort()
      },
      complete: () => (refusal === null ? resolve(headers) : reject(refusal)),
      error: (error: Error) =>
        reject(new ImportRefused(`The file cannot be read: ${error.message}`)),
    })
  })
}

async function readJsonl(file: File, sink: RecordSink): Promise<void> {
  const lines = jsonlLines()
  const take = (line: { line: number; text: string }) => {
    if (sink.full()) return
    const outcome = jsonlRecord(line)
    if (outcome.kind === 'record') sink.record(outcome.record)
    else sink.reject(outcome)
  }
  const decoder = new TextDecoder()
  const reader = file.stream().getReader()
  let bytes = 0
  while (!sink.full()) {
    const { done, value } = await reader.read()
    if (done) {
      for (const line of [...lines.push(decoder.decode()), ...lines.end()]) take(line)
      return
    }
    bytes += value.byteLength
    for (const line of lines.push(decoder.decode(value, { stream: true }))) take(line)
    sink.progress(bytes)
  }
  await reader.cancel()
}

/** The parsed document: a whole JSON file is one value. */
export async function readJsonDocument(file: File): Promise<unknown> {
  if (file.size > MAX_JSON_BYTES) {
    throw new ImportRefused(
      `${file.name} is too large to read as one JSON document: export it as JSON Lines or CSV instead`,
    )
  }
  try {
    return JSON.parse(await file.text()) as unknown
  } catch (error) {
    throw new ImportRefused(`${file.name} is not valid JSON (${(error as Error).message})`)
  }
}

async function readJson(file: File, format: UsageFormat, sink: RecordSink): Promise<void> {
  const records = jsonDocumentRecords(await readJsonDocument(file), format)
  sink.progress(file.size)
  for (const record of records) {
    sink.record(record)
    if (sink.full()) return
  }
}

/** Feeds the file's records to `sink`; a CSV's header is returned (for the column mapping). */
export async function readRecords(
  file: File,
  kind: FileKind,
  format: UsageFormat,
  sink: RecordSink,
): Promise<string[]> {
  if (kind === 'csv') return readCsv(file, sink)
  if (kind === 'jsonl') await readJsonl(file, sink)
  else await readJson(file, format, sink)
  return []
}
