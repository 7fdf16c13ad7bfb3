/** The messages between an export worker thread and the side that started it. */
import type { ExportedFile, ExportProgress } from '../../export/exportWorkspace'
import type { ExportFailure } from './exportFailure'

export type FromWorker =
  | { type: 'progress'; progress: ExportProgress }
  /** The report page is built; print it (outside the worker) and answer with ToWorker. */
  | { type: 'render-pdf'; html: string }
  | { type: 'done'; file: ExportedFile }
  | { type: 'failed'; failure: ExportFailure }

export type ToWorker =
  { type: 'pdf'; bytes: Uint8Array } | { type: 'pdf-failed'; failure: ExportFailure }
