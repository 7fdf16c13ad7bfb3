import type { Db } from '../connection'
import type { Migration } from './migration'

/** `PRAGMA application_id` of a workspace file ('AMPL'): tells our files from other SQLite files. */
export const APPLICATION_ID = 0x414d504c

/** The schema version a file has once every known migration has run. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0
}

/**
 * Applies every migration newer than the file's `user_version` in ONE transaction together with
 * the new `user_version`: a failure half-way leaves the file at its old version, never between.
 */
export function runMigrations(db: Db, migrations: readonly Migration[]): void {
  assertConsecutive(migrations)
  const newest = latestVersion(migrations)
  if ((db.pragma('user_version', { simple: true }) as number) >= newest) return
  // The version is read again under the write lock: two processes opening one older file at once
  // must not both run the same migration.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number
    const pending = migrations.filter((migration) => migration.version > current)
    if (pending.length === 0) return
    for (const migration of pending) {
      if (typeof migration.up === 'string') db.exec(migration.up)
      else migration.up(db)
    }
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${newest}`)
  }).immediate()
}

function assertConsecutive(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      )
    }
  })
}
