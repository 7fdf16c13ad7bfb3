import { accessSync, closeSync, constants, openSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/** Which file a path names: the same path may later name another file (moved, replaced). */
export interface FileIdentity {
  dev: number
  ino: number
}

/** The identity of the file at `path`, or null when nothing is there any more. */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const stats = statSync(path)
    return { dev: stats.dev, ino: stats.ino }
  } catch {
    return null
  }
}

export function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino
}

/**
 * Why the workspace at `path` cannot be written, or null when it can: SQLite needs the file and
 * its folder (for the journal beside it). Asks the OS rather than the mode bits, so read-only
 * mounts and immutable files count too.
 */
export function whyNotWritable(path: string): string | null {
  try {
    closeSync(openSync(path, 'r+'))
  } catch (error) {
    return `the file ${because(error)}`
  }
  try {
    accessSync(dirname(path), constants.W_OK)
  } catch (error) {
    return `its folder ${because(error)}`
  }
  return null
}

/** "is on a read-only disk", "may not be written (permission denied)"… */
function because(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EROFS') return 'is on a read-only disk'
  if (code === 'EACCES' || code === 'EPERM') return 'may not be written (permission denied)'
  return `cannot be written (${code ?? 'refused'})`
}
