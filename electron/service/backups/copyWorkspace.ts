import { statSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../../db/connection'
import { readDocument } from '../../db/queries/document'
import { readFileState } from '../../db/queries/fileState'
import type { FileOptions } from '../openWorkspace'
import { backUpWithoutWriter } from '../workspaceCopies'

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
