import type { Db } from '../connection'

/** Which kind of process holds a file for editing: the person reads it in messages. */
export type WriterApp = 'desktop' | 'web' | 'cli'

/** A process that holds a workspace file for editing (schema 3's `file_state` writer columns). */
export interface Writer {
  id: string
  pid: number
  host: string
  app: WriterApp
  /** ISO 8601 instant it took the file. */
  since: string
}

interface FileStateRow {
  revision: number
  writer_id: string | null
  writer_pid: number | null
  writer_host: string | null
  writer_app: WriterApp | null
  writer_since: string | null
}

export interface FileState {
  revision: number
  writer: Writer | null
}

export function readFileState(db: Db): FileState {
  const row = db.prepare('SELECT * FROM file_state WHERE id = 1').get() as FileStateRow
  const writer =
    row.writer_id === null
      ? null
      : {
          id: row.writer_id,
          pid: row.writer_pid as number,
          host: row.writer_host as string,
          app: row.writer_app as WriterApp,
          since: row.writer_since as string,
        }
  return { revision: row.revision, writer }
}

export function writeRevision(db: Db, revision: number): void {
  db.prepare('UPDATE file_state SET revision = ? WHERE id = 1').run(revision)
}

/** Records `writer` as the holder (null: nobody holds the file). */
export function writeWriter(db: Db, writer: Writer | null): void {
  db.prepare(
    `UPDATE file_state SET writer_id = ?, writer_pid = ?, writer_host = ?, writer_app = ?,
       writer_since = ? WHERE id = 1`,
  ).run(
    writer?.id ?? null,
    writer?.pid ?? null,
    writer?.host ?? null,
    writer?.app ?? null,
    writer?.since ?? null,
  )
}
