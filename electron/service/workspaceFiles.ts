import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { ReadOnlyReason, WorkspaceAccess } from '../../shared/api'
import type { WorkspaceDoc } from '../../shared/model/types'
import type { Db } from '../db/connection'
import { readDocument, writeDocument } from '../db/queries/document'
import { readFileState, writeWriter, type Writer, type WriterApp } from '../db/queries/fileState'
import { openWorkspaceDb } from '../db/workspaceDb'
import { WorkspaceError } from '../db/workspaceError'
import { fileIdentity, sameFile, whyNotWritable, type FileIdentity } from './fileIdentity'
import { removeWithJournals, temporaryName, writeFileAtomically } from './newFile'
import { requireValidDocument } from './requireValidDocument'
import { describeWriter, isAlive, newWriter } from './writers'

export interface FileOptions {
  /** Path of the better-sqlite3 `.node` build to load (Electron passes its own). */
  nativeBinding?: string
  /** Which kind of process this is, named to a second process that finds the file held. */
  app?: WriterApp
}

/** How a file is opened: `edit` refuses a file another live process holds (error `locked`). */
export type OpenAccess = 'edit' | 'read-only' | 'take-over'

/** A workspace file held open: its connection and the document it holds. */
export interface OpenWorkspace {
  path: string
  db: Db
  doc: WorkspaceDoc
  /** The file's revision `doc` is at; it counts the edits saved to the file by any process. */
  revision: number
  access: WorkspaceAccess
  /** Which file `path` named when it was opened: a write first checks it still does. */
  identity: FileIdentity | null
  /** This service as the file's recorded writer; null when it does not write the file. */
  writer: Writer | null
  /** The private copy a read-only view reads (deleted on close); null when reading `path`. */
  copy: string | null
}

/**
 * Opens a workspace file (migrating an older one after backing it up) and reads its document,
 * which must pass validation: the engine relies on a valid document. A file that cannot be
 * written, or `access: 'read-only'`, opens as a read-only view of a private copy.
 */
export async function openWorkspaceFile(
  file: string,
  options: FileOptions = {},
  access: OpenAccess = 'edit',
): Promise<OpenWorkspace> {
  const path = resolve(file)
  if (!existsSync(path)) throw new WorkspaceError('not-found', `${path} does not exist`)
  if (access === 'read-only') {
    const view = await openReadOnlyView(path, 'held-elsewhere', '', options)
    const { writer } = readFileState(view.db)
    const holder = writer !== null && isAlive(writer) ? describeWriter(writer) : 'another window'
    const message =
      `Read-only: ${basename(path)} is open for editing in ${holder}. ` +
      'Take over editing to save here too, or Save As to edit a copy.'
    view.access = { mode: 'read-only', reason: 'held-elsewhere', message }
    return view
  }
  const notWritable = whyNotWritable(path)
  if (notWritable !== null) {
    const message = `Read-only: ${basename(path)} cannot be saved here (${notWritable}). Save As to edit a copy.`
    return openReadOnlyView(path, 'permissions', message, options)
  }
  const identity = fileIdentity(path)
  const db = await openWorkspaceDb(path, 'existing', options)
  try {
    const writer = newWriter(options.app ?? 'web')
    const revision = db
      .transaction(() => {
        const state = readFileState(db)
        if (access === 'edit' && state.writer !== null && isAlive(state.writer)) {
          throw lockedError(path, state.writer)
        }
        writeWriter(db, writer)
        return state.revision
      })
      .immediate()
    const doc = requireValidDocument(readDocument(db), `${path} holds an invalid workspace`)
    return { path, db, doc, revision, access: { mode: 'edit' }, identity, writer, copy: null }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * A read-only view: the file is copied to a private temporary file, which is migrated if older
 * and read. The original is never written, so read-only folders and immutable files open too.
 */
export async function openReadOnlyView(
  path: string,
  reason: ReadOnlyReason,
  message: string,
  options: FileOptions = {},
): Promise<OpenWorkspace> {
  const copy = join(tmpdir(), temporaryName(`view-${basename(path)}`))
  try {
    // Only a file another process may be writing needs SQLite's online backup; any other is
    // idle, and a plain copy leaves not even a journal beside it.
    if (reason === 'held-elsewhere') await backUpForReading(path, copy, options)
    else copyFileSync(path, copy)
    const db = await openWorkspaceDb(copy, 'existing', { ...options, backUpBeforeUpgrade: false })
    try {
      const { revision } = readFileState(db)
      const doc = requireValidDocument(readDocument(db), `${path} holds an invalid workspace`)
      const access: WorkspaceAccess = { mode: 'read-only', reason, message }
      return { path, db, doc, revision, access, identity: fileIdentity(path), writer: null, copy }
    } catch (error) {
      db.close()
      throw error
    }
  } catch (error) {
    removeWithJournals(copy)
    throw renamed(error, copy, path)
  }
}

async function backUpForReading(path: string, copy: string, options: FileOptions): Promise<void> {
  let source: Db | null = null
  try {
    source = new Database(path, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
    })
    await source.backup(copy)
    return
  } catch {
    // A WAL file in a folder that cannot be written will not open even read-only (SQLite needs
    // its -shm beside it); nobody can be writing such a file, so a plain copy is consistent.
    rmSync(copy, { force: true })
  } finally {
    source?.close()
  }
  copyFileSync(path, copy)
}

/** Stops writing the file: releases it (when it is still ours) and closes the connection. */
export function closeWorkspace(workspace: OpenWorkspace): void {
  try {
    if (workspace.writer !== null && sameFile(fileIdentity(workspace.path), workspace.identity)) {
      const ours = workspace.writer.id
      workspace.db
        .transaction(() => {
          if (readFileState(workspace.db).writer?.id === ours) writeWriter(workspace.db, null)
        })
        .immediate()
    }
  } catch {
    // Releasing is a courtesy to the next process (a dead writer counts as gone anyway).
  } finally {
    workspace.db.close()
    if (workspace.copy !== null) removeWithJournals(workspace.copy)
  }
}

/** A copy of a workspace (Save As, a backup) must not claim the writer of its original. */
export function forgetWriter(file: string, options: FileOptions = {}): void {
  const db = new Database(file, { nativeBinding: options.nativeBinding, fileMustExist: true })
  try {
    writeWriter(db, null)
  } finally {
    db.close()
  }
}

function lockedError(path: string, writer: Writer): WorkspaceError {
  return new WorkspaceError(
    'locked',
    `${basename(path)} is open for editing in ${describeWriter(writer)}. Open it read-only, ` +
      'or take over editing (the other window is then asked to reload before it saves again).',
  )
}

function renamed(error: unknown, from: string, to: string): unknown {
  if (error instanceof WorkspaceError) {
    return new WorkspaceError(error.code, error.message.replaceAll(from, to), error.problems)
  }
  return error
}

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
