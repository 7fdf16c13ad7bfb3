/**
 * Schema 3: the file says which revision it is at and which process holds it for editing
 * (DESIGN.md §1). Every write checks the revision inside its transaction, so two processes on one
 * file never overwrite each other's edits; the writer columns let a second process tell the
 * person who has the file open instead of silently writing over it. A function step: it creates
 * the table and seeds its one row in the migration's transaction.
 */
import type { Migration } from './migration'

export const fileState: Migration = {
  version: 3,
  name: 'file revision and writer',
  up(db) {
    db.exec(`CREATE TABLE file_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  writer_id TEXT CHECK (writer_id IS NULL OR length(writer_id) BETWEEN 1 AND 100),
  writer_pid INTEGER CHECK (writer_pid IS NULL OR writer_pid > 0),
  writer_host TEXT CHECK (writer_host IS NULL OR length(writer_host) <= 255),
  writer_app TEXT CHECK (writer_app IS NULL OR writer_app IN ('desktop', 'web', 'cli')),
  writer_since TEXT CHECK (writer_since IS NULL OR length(writer_since) BETWEEN 20 AND 30),
  CHECK ((writer_id IS NULL) = (writer_pid IS NULL)
    AND (writer_id IS NULL) = (writer_host IS NULL)
    AND (writer_id IS NULL) = (writer_app IS NULL)
    AND (writer_id IS NULL) = (writer_since IS NULL))
) STRICT;`)
    db.prepare('INSERT INTO file_state (id, revision) VALUES (1, 0)').run()
  },
}
