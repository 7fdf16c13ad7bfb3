import { existsSync } from 'node:fs'
import { openDatabase, type Db } from './connection'
import { migrations as knownMigrations, type Migration } from './migrations'
import { APPLICATION_ID, latestVersion, runMigrations } from './migrations/runner'
import { WorkspaceError } from './workspaceError'

/** `existing`: open a workspace file that must exist; `new`: create one where no file is. */
export type OpenMode = 'existing' | 'new'

export interface WorkspaceDbOptions {
  nativeBinding?: string
  /** The schema history to apply; tests pass shorter or longer ones to play other app versions. */
  migrations?: readonly Migration[]
  /** false for a private copy (a read-only view): the original is never touched anyway. */
  backUpBeforeUpgrade?: boolean
}

interface FileHeader {
  userVersion: number
  applicationId: number
  tableCount: number
}

/**
 * Opens a workspace file at the current schema: refuses files that are not workspaces or come
 * from a newer app before anything is written, and backs an older file up before migrating it.
 */
export async function openWorkspaceDb(
  file: string,
  mode: OpenMode,
  options: WorkspaceDbOptions = {},
): Promise<Db> {
  const migrations = options.migrations ?? knownMigrations
  const newest = latestVersion(migrations)
  assertPresence(file, mode)
  let fileVersion = 0
  const db = openDatabase(file, {
    nativeBinding: options.nativeBinding,
    inspect: (connection) => {
      const header = readHeader(connection, file)
      assertWorkspace(header, mode, file, newest)
      fileVersion = header.userVersion
    },
  })
  try {
    if (mode === 'existing' && fileVersion < newest && options.backUpBeforeUpgrade !== false) {
      await backUp(db, `${file}.backup-v${fileVersion}`)
    }
    runMigrations(db, migrations)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function assertPresence(file: string, mode: OpenMode): void {
  const exists = existsSync(file)
  if (mode === 'existing' && !exists)
    throw new WorkspaceError('not-found', `${file} does not exist`)
  if (mode === 'new' && exists) {
    throw new WorkspaceError('io', `${file} already exists; choose another name`)
  }
}

function readHeader(db: Db, file: string): FileHeader {
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      tableCount: (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n,
    }
  } catch (error) {
    throw new WorkspaceError(
      'io',
      `${file} is not an AI Margin Planner workspace (not a SQLite database: ${(error as Error).message})`,
    )
  }
}

function assertWorkspace(header: FileHeader, mode: OpenMode, file: string, newest: number): void {
  const blank = header.applicationId === 0 && header.tableCount === 0
  const ours = header.applicationId === APPLICATION_ID
  if (!ours && !(mode === 'new' && blank)) {
    const what = blank ? 'an empty database' : 'a SQLite database of another kind'
    throw new WorkspaceError('io', `${file} is not an AI Margin Planner workspace (${what})`)
  }
  if (header.userVersion > newest) {
    throw new WorkspaceError(
      'unsupported-version',
      `${file} was written by a newer version of AI Margin Planner (schema ${header.userVersion}); ` +
        `this version reads up to ${newest}`,
    )
  }
}

async function backUp(db: Db, target: string): Promise<void> {
  try {
    await db.backup(target)
  } catch (error) {
    throw new WorkspaceError(
      'io',
      `Could not back up before upgrading the file to ${target}: ${(error as Error).message}`,
    )
  }
}
