import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { ReadOnlyReason, WorkspaceAccess } from '../../shared/api'
import type { WorkspaceDoc } from '../../shared/model/types'
import type { Db } from '../db/connection'
import { readDocument } from '../db/queries/document'
import {
  readFileState,
  writeRevision,
  writeWriter,
  type Writer,
  type WriterApp,
} from '../db/queries/fileState'
import { openWorkspaceDb } from '../db/workspaceDb'
import { WorkspaceError } from '../db/workspaceError'
import { fileIdentity, sameFile, whyNotWritable, type FileIdentity } from './fileIdentity'
import { removeWithJournals, temporaryName } from './newFile'
import { requireValidDocument } from './requireValidDocument'
import { copyWorkspaceFile } from './workspaceCopies'
import { isWorkspaceFile } from './workspaceHeader'
import { describeWriter, isAlive, newWriter, releaseWriter } from './writers'

export interface FileOptions {
  /** Path of the better-sqlite3 `.node` build to load (Electron passes its own). */
  nativeBinding?: string
  /** Which kind of process this is, named to a second process that finds the file held. */
  app?: WriterApp
}

/**
 * How a file is opened: `edit` refuses a file another live process holds (error `locked`);
 * `take-over` edits it all the same (that process is refused its next save and reloads).
 */
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
  if (access === 'read-only') return openChosenReadOnly(path, options)
  const notWritable = whyNotWritable(path)
  if (notWritable !== null) {
    const message = `${basename(path)} cannot be saved here (${notWritable}). Save As to edit a copy.`
    return openReadOnlyView(path, 'permissions', message, options)
  }
  const identity = fileIdentity(path)
  const db = await openWorkspaceDb(path, 'existing', options)
  const writer = newWriter(options.app ?? 'web')
  try {
    // Read, checked and claimed in one transaction: a file that will not open is left as it was.
    const { doc, revision } = db
      .transaction(() => {
        const state = readFileState(db)
        const holder = state.writer !== null && isAlive(state.writer) ? state.writer : null
        if (access === 'edit' && holder !== null) throw lockedError(path, holder)
        const read = requireValidDocument(readDocument(db), `${path} holds an invalid workspace`)
        writeWriter(db, writer)
        // The window it takes over from is behind from now on: its next save is refused and it
        // reloads, rather than saving on as if it still held the file.
        const next = holder === null ? state.revision : state.revision + 1
        if (next !== state.revision) writeRevision(db, next)
        return { doc: read, revision: next }
      })
      .immediate()
    return { path, db, doc, revision, access: { mode: 'edit' }, identity, writer, copy: null }
  } catch (error) {
    releaseWriter(writer)
    db.close()
    throw error
  }
}

/** The person chose to look without editing (the file was held); Take over stays offered. */
async function openChosenReadOnly(path: string, options: FileOptions): Promise<OpenWorkspace> {
  const view = await openReadOnlyView(path, 'held-elsewhere', '', options)
  const { writer } = readFileState(view.db)
  const holder = writer !== null && isAlive(writer) ? describeWriter(writer) : null
  const message =
    holder === null
      ? `${basename(path)} is open to look at. Take over editing to save here, or Save As to edit a copy.`
      : `${basename(path)} is open for editing in ${holder}. Take over editing to save here too, or Save As to edit a copy.`
  view.access = { mode: 'read-only', reason: 'held-elsewhere', message }
  return view
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
  if (!isWorkspaceFile(path)) {
    throw new WorkspaceError('io', `${path} is not an AI Margin Planner workspace`)
  }
  const copy = join(tmpdir(), temporaryName(`view-${basename(path)}`))
  try {
    await copyWorkspaceFile(path, copy, options)
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
    if (workspace.writer !== null) releaseWriter(workspace.writer)
    workspace.db.close()
    if (workspace.copy !== null) removeWithJournals(workspace.copy)
  }
}

function lockedError(path: string, writer: Writer): WorkspaceError {
  return new WorkspaceError(
    'locked',
    `${basename(path)} is open for editing in ${describeWriter(writer)}. Open it read-only, ` +
      'or take over editing (the other window is then asked to reload before it saves again).',
  )
}

/** An error about the private copy, told about the file the person opened. */
function renamed(error: unknown, from: string, to: string): unknown {
  if (error instanceof WorkspaceError) {
    return new WorkspaceError(error.code, error.message.replaceAll(from, to), error.problems)
  }
  return error
}
