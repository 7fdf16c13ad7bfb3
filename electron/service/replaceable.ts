import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { readFileState } from '../db/queries/fileState'
import { WorkspaceError } from '../db/workspaceError'
import { fileIdentity, sameFile } from './fileIdentity'
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
  if (open !== null && open.copy === null && sameFile(fileIdentity(target), open.identity)) {
    throw new WorkspaceError(
      'exists',
      `${basename(target)} is the workspace open here, so it is not replaced; choose another name`,
      [{ path: 'path', message: 'names the open workspace' }],
    )
  }
  if (!overwrite) {
    throw new WorkspaceError('exists', `${target} already exists. Replace it?`, [
      { path: 'overwrite', message: 'the file exists: set overwrite once the person confirmed' },
    ])
  }
  if (!isWorkspaceFile(target)) {
    throw new WorkspaceError(
      'exists',
      `${target} is not an AI Margin Planner workspace, so it is not replaced; choose another name`,
      [{ path: 'path', message: 'names a file that is not a workspace' }],
    )
  }
  const writer = writerOf(target, options)
  if (writer !== null && isAlive(writer)) {
    throw new WorkspaceError(
      'locked',
      `${target} is open for editing in ${describeWriter(writer)}, so it is not replaced`,
    )
  }
}

function writerOf(file: string, options: FileOptions) {
  let db: Database.Database | null = null
  try {
    db = new Database(file, {
      readonly: true,
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
