/**
 * The import worker: every byte of a usage log or revenue CSV is read and parsed here, off the
 * window's thread, so a million-row file never freezes the app. It answers one job and is
 * terminated after it (or by Cancel).
 */
import { formatParsers } from '../../../../../shared/actuals/formats'
import { jsonDocumentRecords } from '../../../../../shared/actuals/read/jsonDocument'
import { ImportRefused } from '../../../../../shared/actuals/types'
import { createUsageImport } from '../../../../../shared/actuals/usageImport'
import { fileKindOf, formatsFor, guessFormat } from './fileKind'
import type { UsageFormat } from '../../../../../shared/model/types'
import { readRevenue } from './readRevenue'
import { readJsonDocument, readRecords, type RecordSink } from './readRecords'
import type { JobResults, Progress, Sample, ImportReply, WorkerRequest } from './workerProtocol'

/** The records the mapping screen previews. */
const PREVIEW_RECORDS = 50
/** Often enough for a smooth bar, rarely enough not to flood the window with messages. */
const PROGRESS_EVERY_MS = 100

const reply = (message: ImportReply) => self.postMessage(message)

function progressReporter(total: number): (bytes: number, rows: number) => void {
  let last = 0
  return (bytes, rows) => {
    const now = performance.now()
    if (now - last < PROGRESS_EVERY_MS && bytes < total) return
    last = now
    const progress: Progress = { bytes, total, rows }
    reply({ kind: 'progress', progress })
  }
}

async function sample(request: Extract<WorkerRequest, { job: 'sample' }>): Promise<Sample> {
  const { file } = request
  const kind = request.kind ?? fileKindOf(file.name, await file.slice(0, 1024).text())
  const formatOf = (detected: UsageFormat | null): UsageFormat =>
    request.format ?? detected ?? formatsFor(kind)[0]!
  if (kind === 'json') {
    // A JSON document's format shows in its shape, and its records depend on the format.
    const document = await readJsonDocument(file)
    const detected = guessFormat(kind, document)
    const format = formatOf(detected)
    const base = { kind, detected, format, headers: [] }
    try {
      const raws = jsonDocumentRecords(document, format).slice(0, PREVIEW_RECORDS)
      return { ...base, raws, refusal: null }
    } catch (error) {
      if (error instanceof ImportRefused) return { ...base, raws: [], refusal: error.message }
      throw error
    }
  }
  const raws: Sample['raws'] = []
  const sink: RecordSink = {
    record: (raw) => raws.push(raw),
    reject: () => undefined,
    progress: () => undefined,
    full: () => raws.length >= PREVIEW_RECORDS,
  }
  const headers = await readRecords(file, kind, 'csv', sink)
  const first = kind === 'csv' ? Object.fromEntries(headers.map((h) => [h, ''])) : raws[0]?.value
  const detected = guessFormat(kind, first)
  return { kind, detected, format: formatOf(detected), headers, raws, refusal: null }
}

async function importFile(request: Extract<WorkerRequest, { job: 'import' }>) {
  const { file, kind, format, doc, mapping } = request
  const parser = formatParsers[format]
  const usage = createUsageImport(doc, (raw) => parser.parse(raw, mapping?.columns), mapping)
  const report = progressReporter(file.size)
  const sink: RecordSink = {
    record: (raw) => usage.add(raw),
    reject: (rejection) => usage.reject(rejection),
    progress: (bytes) => report(bytes, usage.counts().read),
    full: () => false,
  }
  await readRecords(file, kind, format, sink)
  report(file.size, usage.counts().read)
  return usage.result()
}

async function run(request: WorkerRequest): Promise<JobResults[keyof JobResults]> {
  if (request.job === 'sample') return sample(request)
  if (request.job === 'import') return importFile(request)
  return readRevenue(request.file)
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  run(event.data).then(
    (value) => reply({ kind: 'done', value }),
    (error: unknown) => {
      if (error instanceof ImportRefused) reply({ kind: 'failed', message: error.message })
      else reply({ kind: 'failed', message: `The file cannot be read: ${String(error)}` })
    },
  )
}
