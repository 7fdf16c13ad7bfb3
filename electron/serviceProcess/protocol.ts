/**
 * The messages between Electron main and the workspace service's utility process
 * (electron/serviceProcess/main.ts). Main forwards each API request with an id and the process
 * answers with the same id; the process in turn asks main to print the PDF report's page, which
 * only Electron main can (printToPDF), and main answers with the bytes. Everything here survives
 * a structured clone: plain data, Uint8Array, no classes, no functions.
 */
import type { Envelope } from '../../shared/api'
import type { ExportFailure } from '../service/exports/exportFailure'

/** What the process needs to open the workspace service, sent once, first. */
export interface ServiceStart {
  dataDir: string
  demoPath: string
  resourcesDir: string
  initialFile?: string
  nativeBinding?: string
  /** The export worker thread's bundle, started from inside the utility process. */
  exportWorker: string
}

export type ToService =
  | { type: 'start'; options: ServiceStart }
  | { type: 'request'; id: number; channel: unknown; payload: unknown }
  /** The answer to `render-pdf` with the same id. */
  | { type: 'pdf'; id: number; bytes: Uint8Array }
  | { type: 'pdf-failed'; id: number; failure: ExportFailure }
  /** Close the workspace (after the requests under way) and exit. */
  | { type: 'close' }

export type FromService =
  | { type: 'response'; id: number; envelope: Envelope<unknown> }
  /** Print this report page; ids count separately from requests. */
  | { type: 'render-pdf'; id: number; html: string }
  /** The export that asked for `render-pdf` with this id was cancelled: stop printing. */
  | { type: 'cancel-pdf'; id: number }

const toServiceTypes = new Set(['start', 'request', 'pdf', 'pdf-failed', 'close'])
const fromServiceTypes = new Set(['response', 'render-pdf', 'cancel-pdf'])

function hasType(message: unknown, types: ReadonlySet<string>): boolean {
  const type = (message as { type?: unknown } | null)?.type
  return typeof type === 'string' && types.has(type)
}

/** A message only ever comes from the other end; the check keeps a stray one from crashing it. */
export function isToService(message: unknown): message is ToService {
  return hasType(message, toServiceTypes)
}

export function isFromService(message: unknown): message is FromService {
  return hasType(message, fromServiceTypes)
}
