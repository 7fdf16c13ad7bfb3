import Database from 'better-sqlite3'
import { WorkspaceError } from './workspaceError'

export type Db = Database.Database

export interface OpenDatabaseOptions {
  /** Path of the better-sqlite3 `.node` build to load (Electron ships its own ABI build). */
  nativeBinding?: string
  /**
   * Runs on the fresh connection before any pragma that writes: a refusal thrown here leaves the
   * file byte-for-byte untouched (switching to WAL rewrites the header).
   */
  inspect?: (db: Db) => void
}

const BUSY_TIMEOUT_MS = 5000

/** Opens (or creates) a SQLite file with the pragmas every workspace connection runs under. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = connect(file, options.nativeBinding)
  try {
    options.inspect?.(db)
    db.pragma('journal_mode = WAL')
    // FULL: a saved edit survives a power cut, which matters more than write speed here.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

function connect(file: string, nativeBinding: string | undefined): Db {
  try {
    const db = new Database(file, { timeout: BUSY_TIMEOUT_MS, nativeBinding })
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return db
  } catch (error) {
    throw new WorkspaceError('io', `Could not open ${file}: ${(error as Error).message}`)
  }
}
