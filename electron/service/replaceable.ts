import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import Database from 'better-sqlite3'
import { readFileState } from '../db/queries/fileState'
import { APPLICATION_ID } from '../db/migrations/runner'
import { WorkspaceError } from '../db/workspaceError'
import { describeWriter, isAlive } from './writers'
import type { FileOptions } from './workspaceFiles'

/**
 * Refuses to replace `target` unless the person confirmed (`overwrite`) and it is an AI Margin
 * Planner workspace that no other process has open: Save As may replace a workspace, never
 * another kind of file, and never one somebody is working in.
 */
export function requireReplaceable(target: string, overwrite: boolean, options: FileOptions): void {
  if (!existsSync(target)) return
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

/** A SQLite file whose header carries our application id ('AMPL' at byte 68). */
function isWorkspaceFile(file: string): boolean {
  const header = Buffer.alloc(72)
  let fd: number | null = null
  try {
    fd = openSync(file, 'r')
    const read = readSync(fd, header, 0, header.length, 0)
    return (
      read === header.length &&
      header.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000' &&
      header.readUInt32BE(68) === APPLICATION_ID
    )
  } catch {
    return false
  } finally {
    if (fd !== null) closeSync(fd)
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
