import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import { migrations } from '../../../electron/db/migrations'
import type { Migration } from '../../../electron/db/migrations/migration'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import { WorkspaceError } from '../../../electron/db/workspaceError'
import { exampleDocument } from '../../fixtures/documents'
import { fileHash } from '../../fixtures/fileHash'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()
const doc = exampleDocument('contract-analysis.json')

/** A workspace file written by the current schema, closed. */
async function workspaceFile(): Promise<string> {
  const file = join(tempDir(), 'w.marginplan')
  const db = await openWorkspaceDb(file, 'new')
  writeDocument(db, null, doc)
  db.close()
  return file
}

function setUserVersion(file: string, version: number): void {
  const db = new Database(file)
  db.pragma(`user_version = ${version}`)
  db.close()
}

async function refusal(promise: Promise<unknown>): Promise<WorkspaceError> {
  const error: unknown = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(WorkspaceError)
  return error as WorkspaceError
}

const latest = migrations.length
const notesMigration: Migration = {
  version: latest + 1,
  name: 'notes',
  up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT;',
}

describe('opening a file from a newer version of the app', () => {
  it('is refused with a clear message and leaves the file untouched', async () => {
    const file = await workspaceFile()
    setUserVersion(file, 999)
    const before = fileHash(file)
    const error = await refusal(openWorkspaceDb(file, 'existing'))
    expect(error.code).toBe('unsupported-version')
    expect(error.message).toContain(
      `written by a newer version of AI Margin Planner (schema 999); this version reads up to ${migrations.length}`,
    )
    expect(fileHash(file)).toBe(before)
  })
})

describe('opening a file from an older version of the app', () => {
  it("gives a schema-1 file the models' source ids (schema 2), keeping every row", async () => {
    const file = await workspaceFile()
    const old = new Database(file)
    old.exec(
      `ALTER TABLE models DROP COLUMN source_id; DROP TABLE file_state; DROP TABLE alert_rules;
       DROP TABLE actuals_mappings; DROP TABLE actual_imports; DROP TABLE actual_days;
       DROP TABLE actual_samples; DROP TABLE actual_unmatched; DROP TABLE actual_revenue;
       DROP TABLE ranges; DROP TABLE scenario_ranges; DROP TABLE backlog`,
    )
    old.pragma('user_version = 1')
    old.close()
    const db = await openWorkspaceDb(file, 'existing')
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2)
    expect(readDocument(db)).toStrictEqual(doc)
    const catalogued = structuredClone(doc)
    catalogued.models[0]!.sourceId = 'claude-sonnet-4-5'
    writeDocument(db, doc, catalogued)
    expect(readDocument(db).models[0]!.sourceId).toBe('claude-sonnet-4-5')
    db.close()
  })

  it('backs the file up first, then migrates it', async () => {
    const file = await workspaceFile()
    const db = await openWorkspaceDb(file, 'existing', {
      migrations: [...migrations, notesMigration],
    })
    expect(db.pragma('user_version', { simple: true })).toBe(latest + 1)
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 })
    expect(readDocument(db)).toStrictEqual(doc)
    db.close()

    const backup = new Database(`${file}.backup-v${latest}`, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(latest)
    expect(readDocument(backup)).toStrictEqual(doc)
    backup.close()
  })

  it('does not back up a file that needs no migration', async () => {
    const file = await workspaceFile()
    const db = await openWorkspaceDb(file, 'existing')
    db.close()
    expect(existsSync(`${file}.backup-v${latest}`)).toBe(false)
  })

  it('rolls every migration back when one fails, leaving the old version', async () => {
    const file = await workspaceFile()
    const broken: Migration = { version: latest + 2, name: 'broken', up: 'CREATE TABLE oops (' }
    await expect(
      openWorkspaceDb(file, 'existing', { migrations: [...migrations, notesMigration, broken] }),
    ).rejects.toThrow()
    const db = await openWorkspaceDb(file, 'existing')
    expect(db.pragma('user_version', { simple: true })).toBe(latest)
    expect(
      db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'notes'`).get(),
    ).toEqual({
      n: 0,
    })
    expect(readDocument(db)).toStrictEqual(doc)
    db.close()
  })
})

describe('opening something that is not a workspace', () => {
  it('a missing file', async () => {
    const error = await refusal(openWorkspaceDb(join(tempDir(), 'nope.marginplan'), 'existing'))
    expect(error.code).toBe('not-found')
  })

  it('a text file, left untouched', async () => {
    const file = join(tempDir(), 'notes.marginplan')
    writeFileSync(
      file,
      'Not a database, just some words that are long enough to fill a header. '.repeat(4),
    )
    const before = fileHash(file)
    const error = await refusal(openWorkspaceDb(file, 'existing'))
    expect(error.code).toBe('io')
    expect(error.message).toContain('not an AI Margin Planner workspace (not a SQLite database')
    expect(fileHash(file)).toBe(before)
  })

  it('another application’s SQLite database, left untouched', async () => {
    const file = join(tempDir(), 'other.db')
    const other = new Database(file)
    other.exec('CREATE TABLE contacts (name TEXT)')
    other.close()
    const before = fileHash(file)
    const error = await refusal(openWorkspaceDb(file, 'existing'))
    expect(error.message).toContain(
      'not an AI Margin Planner workspace (a SQLite database of another kind)',
    )
    expect(fileHash(file)).toBe(before)
  })

  it('an empty file', async () => {
    const file = join(tempDir(), 'empty.marginplan')
    writeFileSync(file, '')
    const error = await refusal(openWorkspaceDb(file, 'existing'))
    expect(error.message).toContain('(an empty database)')
  })

  it('a workspace database whose workspace record was removed', async () => {
    const file = await workspaceFile()
    const raw = new Database(file)
    raw.exec('DELETE FROM workspace')
    raw.close()
    const db = await openWorkspaceDb(file, 'existing')
    expect(() => readDocument(db)).toThrow(/no workspace/)
    db.close()
  })
})

describe('creating a file', () => {
  it('refuses to overwrite an existing one', async () => {
    const file = await workspaceFile()
    const error = await refusal(openWorkspaceDb(file, 'new'))
    expect(error.message).toContain('already exists')
  })
})
