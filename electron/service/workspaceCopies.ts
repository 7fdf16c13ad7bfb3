import { copyFileSync, existsSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from '../db/connection'
import { writeWriter } from '../db/queries/fileState'
import { whyNotWritable } from './fileIdentity'
import type { FileOptions } from './openWorkspace'

/**
 * Copies the workspace file `source` into `target` exactly (its writer record included). A file
 * that may be written goes through SQLite's online backup, which reads a consistent state even
 * while another process writes; the connection is read-write because a read-only one cannot
 * remove the journal files it creates beside the person's file. A file that cannot be written
 * has no writer, so its bytes and its write-ahead log are copied as they are (SQLite would not
 * even open it read-only in a folder that cannot be written, for want of its -shm file).
 */
export async function copyWorkspaceFile(
  source: string,
  target: string,
  files: FileOptions,
): Promise<void> {
  if (whyNotWritable(source) !== null) {
    copyFileSync(source, target)
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${target}-wal`)
    return
  }
  const db = new Database(source, { fileMustExist: true, nativeBinding: files.nativeBinding })
  try {
    await db.backup(target)
  } finally {
    db.close()
  }
}

/**
 * `source` copied into `target` with SQLite's online backup (it runs in steps, so saves go on
 * meanwhile), without the writer the copy inherits: a copy is nobody's open file.
 */
export async function backUpWithoutWriter(
  source: Db,
  target: string,
  files: FileOptions,
): Promise<void> {
  await source.backup(target)
  forgetWriter(target, files)
}

/** A copy of a workspace (Save As, a backup, a restore) must not claim its original's writer. */
export function forgetWriter(file: string, options: FileOptions = {}): void {
  const db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true })
  try {
    writeWriter(db, null)
  } finally {
    db.close()
  }
}
