/**
 * One export, whatever asks for it (the CLI, the Reports view through the service, the web
 * host): checks the request against the document, builds the report with the engine, and hands
 * it to the writer of its format. Returns the bytes; writing them is the caller's business, so a
 * failed or cancelled export never leaves a partial file.
 */
import type { WeeklyReview } from '../../shared/actuals/weeklyReview'
import { buildBoardReport, type BoardReport } from '../../shared/report/boardReport'
import { exportFileName } from '../../shared/report/fileNames'
import {
  exportMimeTypes,
  type ExportFormat,
  type ExportRequest,
} from '../../shared/report/exportRequest'
import type { WorkspaceDoc } from '../../shared/model/types'
import { csvExport } from './csvExport'
import { checkExportRequest } from './checkExportRequest'
import { reportHtml } from './pdf/reportHtml'
import { writeDeck } from './pptx'
import { writeWorkbook } from './xlsx'

export interface ExportProgress {
  /** What is being done, for a progress line: "Building the deck". */
  stage: string
  /** 0..1. */
  fraction: number
}

/** Turns the report page into PDF bytes: Electron's printToPDF, or a headless Chromium. */
export type PdfRenderer = (html: string, signal?: AbortSignal) => Promise<Uint8Array>

export interface ExportOptions {
  renderPdf: PdfRenderer
  /** 'YYYY-MM-DD', printed on the report's title. */
  today: string
  onProgress?: (progress: ExportProgress) => void
  signal?: AbortSignal
  /**
   * The weekly review of the file's imported actuals, computed by the caller that holds them
   * (exportReview); plain data, so it crosses into the export worker. Null or absent: none.
   */
  weeklyReview?: WeeklyReview | null
}

export interface ExportedFile {
  fileName: string
  mimeType: string
  bytes: Uint8Array
}

/**
 * The formats a board reads page by page: they alone show the weekly review (a caller computes one
 * only for these), the range of outcomes and the margin plan.
 */
export const isBoardDocument = (format: ExportFormat): boolean =>
  format === 'pdf' || format === 'pptx'

function reportOf(doc: WorkspaceDoc, request: ExportRequest, options: ExportOptions): BoardReport {
  const report = buildBoardReport(doc, {
    scenarioId: request.scenarioId,
    compare: request.compare,
    month: request.month,
    generatedOn: options.today,
    deltaAgainst: request.deltaAgainst,
    // A CSV table needs neither the Monte Carlo run nor the levers behind those pages.
    outlook: isBoardDocument(request.format),
  })
  return { ...report, weeklyReview: options.weeklyReview ?? null }
}

async function exportBytes(
  doc: WorkspaceDoc,
  request: ExportRequest,
  options: ExportOptions,
): Promise<Uint8Array> {
  const progress = (stage: string, fraction: number) => options.onProgress?.({ stage, fraction })
  switch (request.format) {
    case 'xlsx':
      progress('Writing the workbook', 0)
      return writeWorkbook(doc, {
        scenarioId: request.scenarioId,
        month: request.month,
        onProgress: (fraction) => progress('Writing the workbook', fraction),
      })
    case 'pptx':
      progress('Computing the report', 0)
      return writeDeck(reportOf(doc, request, options))
    case 'pdf':
      progress('Computing the report', 0)
      return options.renderPdf(reportHtml(reportOf(doc, request, options)), options.signal)
    case 'csv':
      return csvExport(reportOf(doc, request, options), request.csvTable ?? 'features')
  }
}

/** Throws ExportRequestError when the request names what the document does not have. */
export async function exportWorkspace(
  doc: WorkspaceDoc,
  request: ExportRequest,
  options: ExportOptions,
): Promise<ExportedFile> {
  checkExportRequest(doc, request)
  const bytes = await exportBytes(doc, request, options)
  options.signal?.throwIfAborted()
  options.onProgress?.({ stage: 'Done', fraction: 1 })
  return {
    fileName: exportFileName(doc, request),
    mimeType: exportMimeTypes[request.format],
    bytes,
  }
}
