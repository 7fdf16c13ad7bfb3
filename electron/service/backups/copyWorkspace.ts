import { statSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../../db/connection'
import { readDocument } from '../../db/queries/document'
import { readFileState } from '../../db/queries/fileState'
import { forgetWriter, type FileOptions } from '../workspaceFiles'

export interface CopiedWorkspace {
  /** What the copy holds, read back from it: edits saved while it was copied are in it too. */
  revision: number
  doc: WorkspaceDoc
  sizeBytes: number
}

/** Copies an open workspace connection into `target` (backUpWithoutWriter) and reads it back. */
export async function copyOpenWorkspace(
  source: Db,
  target: string,
  files: FileOptions,
): Promise<CopiedWorkspace> {
  await backUpWithoutWriter(source, target, files)
  // Read-write, so closing it folds the copy's WAL back in and leaves a single file.
  const copy = new Database(target, { fileMustExist: true, nativeBinding: files.nativeBinding })
  let read: Omit<CopiedWorkspace, 'sizeBytes'>
  try {
    read = { revision: readFileState(copy).revision, doc: readDocument(copy) }
  } finally {
    copy.close()
  }
  return { ...read, sizeBytes: statSync(target).size }
}

/** Copies a workspace file that nobody writes (a backup) into `target`, writer cleared. */
export async function copyWorkspaceFile(
  source: string,
  target: string,
  files: FileOptions,
): Promise<void> {
  const db = new Database(source, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: files.nativeBinding,
  })
  try {
    await backUpWithoutWriter(db, target, files)
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
