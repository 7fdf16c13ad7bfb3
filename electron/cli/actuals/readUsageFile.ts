/**
 * Reads a usage log from disk into an import, streaming: a CSV row by row and JSON Lines line by
 * line, so a million-row log never sits in memory whole. A JSON document is one value and
 * must be parsed whole; past `MAX_JSON_BYTES` the person is asked for JSONL or CSV instead.
 */
import { createReadStream, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatParsers } from '../../../shared/actuals/formats'
import { fileKindByName, type FileKind } from '../../../shared/actuals/read/fileKind'
import { jsonDocumentRecords } from '../../../shared/actuals/read/jsonDocument'
import { jsonlLines, jsonlRecord } from '../../../shared/actuals/read/jsonlLines'
import { ImportRefused, type UsageFormat } from '../../../shared/actuals/types'
import {
  createUsageImport,
  type ImportResult,
  type UsageImport,
} from '../../../shared/actuals/usageImport'
import type { ActualsMapping, WorkspaceDoc } from '../../../shared/model/types'
import { streamCsv } from './streamCsv'

const MAX_JSON_BYTES = 512 * 1024 * 1024

export function fileKindOf(file: string): FileKind {
  const kind = fileKindByName(file)
  if (kind !== undefined) return kind
  throw new ImportRefused(
    `${file}: a usage log must be a .csv, .tsv, .json, .jsonl or .ndjson file (this one is "${basename(file)}")`,
  )
}

async function readJsonl(file: string, usage: UsageImport): Promise<void> {
  const lines = jsonlLines()
  const take = (line: { line: number; text: string }) => {
    const outcome = jsonlRecord(line)
    if (outcome.kind === 'record') usage.add(outcome.record)
    else usage.reject(outcome)
  }
  for await (const chunk of createReadStream(file, 'utf8')) {
    for (const line of lines.push(chunk as string)) take(line)
  }
  for (const line of lines.end()) take(line)
}

async function readJson(file: string, format: UsageFormat, usage: UsageImport): Promise<void> {
  if (statSync(file).size > MAX_JSON_BYTES) {
    throw new ImportRefused(
      `${file} is too large to read as one JSON document: export it as JSON Lines or CSV`,
    )
  }
  let document: unknown
  try {
    document = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new ImportRefused(`${file} is not valid JSON (${(error as Error).message})`)
  }
  for (const record of jsonDocumentRecords(document, format)) usage.add(record)
}

/** How often a long read says how far it is. */
const PROGRESS_ROWS = 100_000

/**
 * Reads the whole file into an import of `doc` (throws ImportRefused when it cannot be read);
 * `onProgress` hears the rows read so far every 100,000 rows.
 */
export async function readUsageFile(
  file: string,
  format: UsageFormat,
  doc: WorkspaceDoc,
  mapping: ActualsMapping | undefined,
  onProgress?: (rows: number) => void,
): Promise<ImportResult> {
  const parser = formatParsers[format]
  const kind = fileKindOf(file)
  if (!parser.fileKinds.includes(kind)) {
    throw new ImportRefused(
      `${parser.label} does not come as ${kind.toUpperCase()}: choose another format or file`,
    )
  }
  const usage = withProgress(
    createUsageImport(doc, (raw) => parser.parse(raw, mapping?.columns), mapping),
    onProgress,
  )
  if (kind === 'csv') {
    await streamCsv(file, { record: usage.add, reject: usage.reject })
  } else if (kind === 'jsonl') await readJsonl(file, usage)
  else await readJson(file, format, usage)
  return usage.result()
}

function withProgress(usage: UsageImport, onProgress?: (rows: number) => void): UsageImport {
  if (onProgress === undefined) return usage
  let rows = 0
  const tick = () => {
    rows += 1
    if (rows % PROGRESS_ROWS === 0) onProgress(rows)
  }
  return {
    ...usage,
    add(raw) {
      usage.add(raw)
      tick()
    },
    reject(rejection) {
      usage.reject(rejection)
      tick()
    },
  }
}
