import { resolve } from 'node:path'
import type { WorkspaceDoc } from '../../shared/model/types'
import type { Db } from '../db/connection'
import { readDocument, writeDocument } from '../db/queries/document'
import { openWorkspaceDb } from '../db/workspaceDb'
import { writeFileAtomically } from './newFile'
import { requireValidDocument } from './requireValidDocument'

export interface FileOptions {
  /** Path of the better-sqlite3 `.node` build to load (Electron passes its own). */
  nativeBinding?: string
}

/** A workspace file held open: its connection and the document it holds. */
export interface OpenWorkspace {
  path: string
  db: Db
  doc: WorkspaceDoc
  /** Counts the edits saved since the file was opened; a stale renderer is refused. */
  revision: number
}

/**
 * Opens a workspace file (migrating an older one after backing it up) and reads its document,
 * which must pass validation: the engine relies on a valid document.
 */
export async function openWorkspaceFile(
  file: string,
  options: FileOptions = {},
): Promise<OpenWorkspace> {
  const path = resolve(file)
  const db = await openWorkspaceDb(path, 'existing', options)
  try {
    const doc = requireValidDocument(readDocument(db), `${path} holds an invalid workspace`)
    return { path, db, doc, revision: 0 }
  } catch (error) {
    db.close()
    throw error
  }
}

/** The document a workspace file holds, as the JSON interchange format (DESIGN.md §2). */
export async function exportDocument(
  file: string,
  options: FileOptions = {},
): Promise<WorkspaceDoc> {
  const workspace = await openWorkspaceFile(file, options)
  workspace.db.close()
  return workspace.doc
}

/**
 * Creates the workspace file `outFile` from a JSON document. An invalid document is refused
 * with all its problems, an existing `outFile` is never overwritten, and a failure leaves no file.
 */
export async function importJsonFile(
  docJson: unknown,
  outFile: string,
  options: FileOptions = {},
): Promise<WorkspaceDoc> {
  const doc = requireValidDocument(docJson, 'The document is not a valid workspace')
  await createWorkspaceFile(resolve(outFile), doc, options)
  return doc
}

/** Writes a valid document into a new workspace file at `path` (refusing an existing one). */
export async function createWorkspaceFile(
  path: string,
  doc: WorkspaceDoc,
  options: FileOptions = {},
): Promise<void> {
  await writeFileAtomically(path, false, async (temporaryFile) => {
    const db = await openWorkspaceDb(temporaryFile, 'new', options)
    try {
      writeDocument(db, null, doc)
    } finally {
      db.close()
    }
  })
}
