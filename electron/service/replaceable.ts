import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { readFileState } from '../db/queries/fileState'
import { WorkspaceError } from '../db/workspaceError'
import { fileIdentity, sameFile, whyNotWritable } from './fileIdentity'
import { isWorkspaceFile } from './workspaceHeader'
import { describeWriter, isAlive } from './writers'
import type { FileOptions, OpenWorkspace } from './openWorkspace'

/**
 * Refuses to replace `target` unless the person confirmed (`overwrite`) and it is an AI Margin
 * Planner workspace that no other process has open: Save As may replace a workspace, never
 * another kind of file, and never one somebody is working in.
 */
export function requireReplaceable(
  target: string,
  overwrite: boolean,
  options: FileOptions,
  open: OpenWorkspace | null,
): void {
  if (!existsSync(target)) return
  const name = basename(target)
  // What can never be replaced is said first: nobody should be asked "Replace it?" in vain.
  if (open !== null && open.copy === null && sameFile(fileIdentity(target), open.identity)) {
    throw aboutPath('exists', `${name} is the workspace open here, so it is not replaced`)
  }
  if (!isWorkspaceFile(target)) {
    throw aboutPath(
      'exists',
      `${name} is not an AI Margin Planner workspace, so it is not replaced`,
    )
  }
  const writer = writerOf(target, options)
  if (writer !== null && isAlive(writer)) {
    throw aboutPath('locked', `${name} is open for editing in ${describeWriter(writer)}`)
  }
  if (!overwrite) {
    throw new WorkspaceError('exists', `${name} already exists. Replace it?`, [
      { path: 'overwrite', message: 'the file exists: set overwrite once the person confirmed' },
    ])
  }
}

function aboutPath(code: 'exists' | 'locked', message: string): WorkspaceError {
  return new WorkspaceError(code, `${message}; choose another name.`, [{ path: 'path', message }])
}

function writerOf(file: string, options: FileOptions) {
  let db: Database.Database | null = null
  try {
    // Read-write when it may be: a read-only connection leaves -wal/-shm files behind.
    db = new Database(file, {
      readonly: whyNotWritable(file) !== null,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    })
    return readFileState(db).writer
  } catch {
    // An older schema has no writer columns; a file that will not open holds nobody.
    return null
  } finally {
    db?.close()
  }
}
