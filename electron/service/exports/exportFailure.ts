import type { ApiError } from '../../../shared/api'
import { ExportRequestError } from '../../export/checkExportRequest'
import { WorkspaceError } from '../../db/workspaceError'
import type { Log } from '../log'

/** A thrown error in a form that survives a worker thread's structured clone. */
export interface ExportFailure {
  message: string
  stack?: string
  /** The request field it is about, for an ExportRequestError. */
  field?: string
}

/** An export error rebuilt on this side of the worker boundary. */
export class ExportError extends Error {
  readonly field: string | undefined

  constructor(failure: ExportFailure) {
    super(failure.message)
    this.name = 'ExportError'
    this.field = failure.field
    if (failure.stack !== undefined) this.stack = failure.stack
  }
}

export function describeFailure(error: unknown): ExportFailure {
  if (!(error instanceof Error)) return { message: String(error) }
  const field =
    error instanceof ExportRequestError || error instanceof ExportError ? error.field : undefined
  return { message: error.message, stack: error.stack, field }
}

/** ExportRequestError says `<field>: <reason>`; a problem carries the field beside the reason. */
function reasonOf(message: string, field: string): string {
  const prefix = `${field}: `
  return message.startsWith(prefix) ? message.slice(prefix.length) : message
}

/** A request naming what the document lacks, as the boundary answers it. */
function requestProblem(message: string, field: string): ApiError {
  return {
    code: 'bad-request',
    message: `Cannot export: ${message}`,
    problems: [{ path: field, message: reasonOf(message, field) }],
  }
}

/** The same, thrown by the service before a job starts. */
export function requestError(error: ExportRequestError): WorkspaceError {
  const { code, message, problems } = requestProblem(error.message, error.field)
  return new WorkspaceError(code, message, problems)
}

/**
 * Why a job failed, for the person who asked: the writer's message (never its stack, which goes to
 * the log), naming the request field when there is one.
 */
export function jobError(error: unknown, format: string, log: Log): ApiError {
  const failure = describeFailure(error)
  if (failure.field !== undefined) return requestProblem(failure.message, failure.field)
  log(`The ${format} export failed`, error)
  return {
    code: 'internal',
    message: `Could not write the ${format.toUpperCase()} file: ${failure.message}`,
    problems: [],
  }
}
