import type { WeeklyReview } from '../../../shared/actuals/weeklyReview'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { ExportRequest } from '../../../shared/report/exportRequest'
import {
  exportWorkspace,
  type ExportedFile,
  type ExportProgress,
  type PdfRenderer,
} from '../../export/exportWorkspace'

/** One export, as data: it crosses into a worker thread by structured clone. */
export interface ExportTask {
  doc: WorkspaceDoc
  request: ExportRequest
  /** 'YYYY-MM-DD', printed on the report's title. */
  today: string
  /** The file's weekly review (exportReview), when it holds imported actuals. */
  weeklyReview?: WeeklyReview | null
}

/** What an export may ask of the side that started it. */
export interface ExportIo {
  /** Printing needs Electron's main process or a headless Chromium, never the worker. */
  renderPdf: PdfRenderer
  onProgress: (progress: ExportProgress) => void
  signal: AbortSignal
}

/**
 * Runs one export to its bytes. The apps run it in a worker thread (workerRunner) so a large
 * workbook never blocks Electron's main process; tests run it in-process.
 */
export type ExportRunner = (task: ExportTask, io: ExportIo) => Promise<ExportedFile>

export const inProcessRunner: ExportRunner = (task, io) =>
  exportWorkspace(task.doc, task.request, {
    renderPdf: io.renderPdf,
    today: task.today,
    onProgress: io.onProgress,
    signal: io.signal,
    weeklyReview: task.weeklyReview,
  })
