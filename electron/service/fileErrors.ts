import { WorkspaceError } from '../db/workspaceError'

/** Wraps a file-system failure in a message that says what was being done to which file. */
export function ioError(action: string, file: string, error: unknown): WorkspaceError {
  if (error instanceof WorkspaceError) return error
  return new WorkspaceError('io', `Could not ${action} ${file}: ${(error as Error).message}`)
}
