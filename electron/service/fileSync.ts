import { basename } from 'node:path'
import { readDocument } from '../db/queries/document'
import { readFileState } from '../db/queries/fileState'
import { WorkspaceError } from '../db/workspaceError'
import { fileIdentity, sameFile } from './fileIdentity'
import { requireValidDocument } from './requireValidDocument'
import type { OpenWorkspace } from './openWorkspace'
import { releaseWriter } from './writers'

/**
 * Brings an editable workspace up to its file: another process may have saved since, or the file
 * may have been moved away. A read-only view is a snapshot and stays as it is.
 */
export function catchUp(workspace: OpenWorkspace): void {
  if (workspace.access.mode === 'read-only') return
  if (!stillTheOpenedFile(workspace)) {
    markMoved(workspace)
    return
  }
  // One read transaction: the document read is the one at the revision read.
  workspace.db.transaction(() => {
    const { revision } = readFileState(workspace.db)
    if (revision !== workspace.revision) reread(workspace, revision)
  })()
}

/** Reads the document again from the connection, which another process wrote at `revision`. */
export function reread(workspace: OpenWorkspace, revision: number): void {
  workspace.doc = requireValidDocument(
    readDocument(workspace.db),
    `${workspace.path} holds an invalid workspace`,
  )
  workspace.revision = revision
}

/** Refuses a write to a read-only workspace, or to a file that is no longer the one opened. */
export function requireWritable(workspace: OpenWorkspace): void {
  const { access } = workspace
  if (access.mode === 'read-only') {
    throw new WorkspaceError(access.reason === 'moved' ? 'file-moved' : 'read-only', access.message)
  }
  if (!stillTheOpenedFile(workspace)) {
    throw new WorkspaceError('file-moved', markMoved(workspace))
  }
}

function stillTheOpenedFile(workspace: OpenWorkspace): boolean {
  return sameFile(fileIdentity(workspace.path), workspace.identity)
}

/**
 * The file was moved, replaced or deleted: from now on the workspace is read-only (the message
 * says so). The open connection still reads what was saved, even from a deleted file, so Save As
 * keeps it all.
 */
function markMoved(workspace: OpenWorkspace): string {
  const message =
    `${basename(workspace.path)} was moved, replaced or deleted while open, so nothing more ` +
    'can be saved to it. Everything saved so far is kept here: Save As to go on editing.'
  if (workspace.writer !== null) releaseWriter(workspace.writer)
  workspace.writer = null
  workspace.access = { mode: 'read-only', reason: 'moved', message }
  return message
}
