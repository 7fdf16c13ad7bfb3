import type { ApiError } from '../../shared/api'
import type { Problem } from '../../shared/model/types'
import { PriceFileError } from '../../shared/catalog/priceBook'
import { WorkspaceError } from '../db/workspaceError'
import type { Log } from './log'

/** SQLite result codes that mean the file or disk failed, not that the service has a bug. */
const SQLITE_IO_CODES = [
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_PERM',
]

/** A thrown error as it may cross a transport: a message for people, never a stack trace. */
export function toApiError(error: unknown, log: Log): ApiError {
  if (error instanceof WorkspaceError) {
    return { code: error.code, message: error.message, problems: error.problems }
  }
  if (error instanceof PriceFileError) {
    return { code: 'invalid-price-file', message: error.message, problems: [] }
  }
  log('Workspace service request failed', error)
  if (isIoFailure(error)) {
    const message = `Could not read or write the workspace file: ${(error as Error).message}`
    return { code: 'io', message, problems: [] }
  }
  return {
    code: 'internal',
    message: 'Something went wrong in the workspace service; the details are in its log',
    problems: [],
  }
}

function isIoFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return false
  const nodeSystemError = /^E[A-Z]+$/.test(code)
  return nodeSystemError || SQLITE_IO_CODES.some((prefix) => code.startsWith(prefix))
}

/** `edits[0].op` from zod's `['edits', 0, 'op']`, in the path style problems use everywhere. */
export function problemPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'payload'
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      return index === 0 ? String(segment) : `.${String(segment)}`
    })
    .join('')
}

export function badRequest(message: string, problems: Problem[]): ApiError {
  return { code: 'bad-request', message, problems }
}
