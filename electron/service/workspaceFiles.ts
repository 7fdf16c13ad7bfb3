import { resolve } from 'node:path'
import type { WorkspaceDoc } from '../../shared/model/types'
import { writeDocument } from '../db/queries/document'
import { openWorkspaceDb } from '../db/workspaceDb'
import { writeFileAtomically } from './newFile'
import { closeWorkspace, openWorkspaceFile, type FileOptions } from './openWorkspace'
import { requireValidDocument } from './requireValidDocument'

/** The document a workspace file holds, as the JSON interchange format (DESIGN.md §2). */
export async function exportDocument(
  file: string,
  options: FileOptions = {},
): Promise<WorkspaceDoc> {
  const workspace = await openWorkspaceFile(file, options, 'read-only')
  closeWorkspace(workspace)
  return workspace.doc
}

/**
 * Creates the workspace file `outFile` from a JSON document. An invalid document is refused
 * with all its problems, an existing `outFile` is replaced only with `overwrite` (the caller
 * checked it may be: requireReplaceable), and a failure leaves no file.
 */
export async function importJsonFile(
  docJson: unknown,
  outFile: string,
  options: FileOptions = {},
  overwrite = false,
): Promise<WorkspaceDoc> {
  const doc = requireValidDocument(docJson, 'The document is not a valid workspace')
  await createWorkspaceFile(resolve(outFile), doc, options, overwrite)
  return doc
}

/** Writes a valid document into a new workspace file at `path`; see importJsonFile. */
export async function createWorkspaceFile(
  path: string,
  doc: WorkspaceDoc,
  options: FileOptions = {},
  overwrite = false,
): Promise<void> {
  await writeFileAtomically(path, overwrite, async (temporaryFile) => {
    const db = await openWorkspaceDb(temporaryFile, 'new', options)
    try {
      writeDocument(db, null, doc)
    } finally {
      db.close()
    }
  })
}
