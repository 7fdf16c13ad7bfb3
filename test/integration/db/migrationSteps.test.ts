/**
 * Each migration, run on a real file from the first release: the frozen schema-1 workspace in
 * test/fixtures/migrations (made once by makeV1.ts, never regenerated). Every test works on a copy:
 * the committed file is never opened (even a read-only SQLite connection leaves -wal and -shm
 * files beside a WAL-mode database).
 *
 * A new migration N gets one more `it` in "what each migration does": open a copy with
 * `upTo(N)` and assert what N did to the tables and rows it touches. The whole-upgrade tests below
 * it need no change.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../../electron/db/connection'
import { migrations } from '../../../electron/db/migrations'
import { APPLICATION_ID } from '../../../electron/db/migrations/runner'
import { readDocument } from '../../../electron/db/queries/document'
import { readModels } from '../../../electron/db/queries/models'
import { readScenarios } from '../../../electron/db/queries/scenarios'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { fileHash } from '../../fixtures/fileHash'
import { repoPath } from '../../fixtures/paths'
import { useTempDirs } from '../../fixtures/tempDir'

const FIXTURE = repoPath('test/fixtures/migrations/v1-workspace.marginplan')
/** The document written into the fixture, committed beside it. */
const V1_DOC = JSON.parse(
  readFileSync(repoPath('test/fixtures/migrations/v1-workspace.json'), 'utf8'),
) as WorkspaceDoc

const tempDir = useTempDirs()

/** The schema history up to and including migration `version`: the app as it was then. */
const upTo = (version: number) => migrations.slice(0, version)

/** A copy of the frozen schema-1 file in a fresh folder. */
function copyOfV1(): string {
  const file = join(tempDir(), 'v1.marginplan')
  copyFileSync(FIXTURE, file)
  return file
}

function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`table_info("${table}")`) as { name: string }[]).map((column) => column.name)
}

function tables(db: Db): string[] {
  return db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
}

function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
}

/** Row counts of the tables schema 1 has, read from an unmigrated copy of the fixture. */
function v1RowCounts(): Record<string, number> {
  const fixture = new Database(copyOfV1(), { readonly: true, fileMustExist: true })
  try {
    return Object.fromEntries(tables(fixture).map((table) => [table, count(fixture, table)]))
  } finally {
    fixture.close()
  }
}

function rowCounts(db: Db, names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((table) => [table, count(db, table)]))
}

let fixtureHash: string
beforeAll(() => {
  fixtureHash = fileHash(FIXTURE)
})
afterAll(() => {
  // The committed file is only copied, never written (a WAL beside it would change the hash too).
  expect(fileHash(FIXTURE)).toBe(fixtureHash)
  expect(existsSync(`${FIXTURE}-shm`)).toBe(false)
})

describe('the frozen schema-1 fixture', () => {
  it('is a workspace at schema 1 holding a realistic document', () => {
    const fixture = new Database(copyOfV1(), { readonly: true, fileMustExist: true })
    expect(fixture.pragma('user_version', { simple: true })).toBe(1)
    expect(fixture.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(columnsOf(fixture, 'models')).not.toContain('source_id')
    const counts = rowCounts(fixture, tables(fixture))
    fixture.close()
    // Counted from the committed document, not from any code that writes rows.
    expect(counts.models).toBe(V1_DOC.models.length)
    expect(counts.price_points).toBe(V1_DOC.models.flatMap((m) => m.prices).length)
    expect(counts.features).toBe(V1_DOC.features.length)
    expect(counts.steps).toBe(V1_DOC.features.flatMap((f) => f.steps).length)
    expect(counts.scenarios).toBe(V1_DOC.scenarios.length)
    // Every table holds rows, so "keeps every row" below is about something.
    expect(Object.entries(counts).filter(([, rows]) => rows === 0)).toEqual([])
  })
})

describe('what each migration does to the schema-1 workspace', () => {
  it('2 (model source id): adds models.source_id, NULL for every existing model', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing', { migrations: upTo(2) })
    expect(userVersion(db)).toBe(2)
    expect(columnsOf(db, 'models')).toContain('source_id')
    expect(db.prepare('SELECT id, source_id FROM models ORDER BY position').all()).toEqual(
      V1_DOC.models.map((model) => ({ id: model.id, source_id: null })),
    )
    expect(rowCounts(db, Object.keys(v1RowCounts()))).toEqual(v1RowCounts())
    // The document's later tables do not exist yet: read what schema 2 holds.
    expect(readModels(db)).toStrictEqual(V1_DOC.models)
    db.close()
  })

  it('3 (file state): one row at revision 0 held by nobody, and refuses a second row', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing', { migrations: upTo(3) })
    expect(userVersion(db)).toBe(3)
    expect(db.prepare('SELECT * FROM file_state').all()).toEqual([
      {
        id: 1,
        revision: 0,
        writer_id: null,
        writer_pid: null,
        writer_host: null,
        writer_app: null,
        writer_since: null,
      },
    ])
    expect(() => db.prepare('INSERT INTO file_state (id, revision) VALUES (2, 0)').run()).toThrow(
      /CHECK constraint failed/,
    )
    // A writer is all or nothing: a pid without the rest is refused.
    expect(() => db.prepare('UPDATE file_state SET writer_pid = 42').run()).toThrow(
      /CHECK constraint failed/,
    )
    expect(rowCounts(db, Object.keys(v1RowCounts()))).toEqual(v1RowCounts())
    db.close()
  })
})

describe('upgrading the schema-1 workspace to the latest schema', () => {
  it('4 (structural overrides): keeps every override, then holds inserts and removes', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing', { migrations: upTo(4) })
    expect(userVersion(db)).toBe(4)
    expect(columnsOf(db, 'overrides')).toContain('value_json')
    expect(rowCounts(db, Object.keys(v1RowCounts()))).toEqual(v1RowCounts())
    expect(readScenarios(db)).toStrictEqual(V1_DOC.scenarios)
    const scenarioId = V1_DOC.scenarios[0]!.id
    const add = db.prepare(
      'INSERT INTO overrides (scenario_id, position, path, op, value, value_json) VALUES (?, ?, ?, ?, ?, ?)',
    )
    add.run(scenarioId, 100, 'features', 'insert', null, '{"id":"coach"}')
    add.run(scenarioId, 101, 'features/coach', 'remove', null, null)
    // Each op holds exactly its kind of value: no number on an insert, no entity on a set, an
    // entity that is a JSON object.
    for (const [op, value, json] of [
      ['insert', 1, '{"id":"x"}'],
      ['insert', null, '[1]'],
      ['insert', null, '{"id":'],
      ['remove', 1, null],
      ['set', null, null],
      ['set', 1, '{}'],
    ] as const) {
      expect(() => add.run(scenarioId, 102, 'features', op, value, json)).toThrow(
        /constraint failed|malformed JSON/,
      )
    }
    db.close()
  })
  it('5 (actuals): empty actuals tables that refuse what an import must never write', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing', { migrations: upTo(5) })
    expect(userVersion(db)).toBe(5)
    for (const table of ['alert_rules', 'actuals_mappings', 'actual_days', 'actual_imports']) {
      expect(count(db, table)).toBe(0)
    }
    const day = db.prepare(
      `INSERT INTO actual_days (source, day, feature_id, step_id, model_id, source_model,
         customer_id, cohort_id, units, calls, input_tokens, cached_input_tokens,
         cache_write_tokens, output_tokens, reasoning_tokens, batch_calls, reported_cost,
         cost_reported, cache_hits)
       VALUES (?, ?, 'simple', 'loop', 'gpt-4o', 'gpt-4o', 'acme', NULL, 1, ?, ?, 0, 0, 0, 0, 0, ?, 1, ?)`,
    )
    day.run('langfuse', '2026-11-02', 2, 100, 0.5, 1)
    for (const [source, date, calls, input, cost, hits] of [
      ['nowhere', '2026-11-03', 2, 100, 0.5, 1], // an unknown source
      ['langfuse', '2026-02-30', 2, 100, 0.5, 1], // a day that does not exist
      ['langfuse', '2026-11-4', 2, 100, 0.5, 1], // a day not written as YYYY-MM-DD
      ['langfuse', '2026-11-05', 2, -1, 0.5, 1], // negative tokens
      ['langfuse', '2026-11-06', 2, 1.5, 0.5, 1], // tokens are whole
      ['langfuse', '2026-11-07', 2, 100, -0.5, 1], // a negative cost
      ['langfuse', '2026-11-08', 2, 100, 0.5, 3], // more cache hits than calls
    ] as const) {
      expect(() => day.run(source, date, calls, input, cost, hits)).toThrow(
        /constraint failed|cannot store REAL/,
      )
    }
    expect(() =>
      db.prepare(`INSERT INTO alert_rules (id, position, enabled) VALUES ('red-3d', 0, 2)`).run(),
    ).toThrow(/constraint failed/)
    db.close()
  })

  it('6 (ranges and backlog): empty tables, ranges that go with their scenario', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing', { migrations: upTo(6) })
    expect(userVersion(db)).toBe(6)
    for (const table of ['ranges', 'scenario_ranges', 'backlog']) expect(count(db, table)).toBe(0)
    expect(readDocument(db)).toStrictEqual(V1_DOC)
    const scenarioId = V1_DOC.scenarios[0]!.id
    db.prepare(
      `INSERT INTO scenario_ranges (scenario_id, position, path, low, likely, high, shape)
       VALUES (?, 0, 'workspace/annualPriceDeclinePct', 0, 10, 30, 'pert')`,
    ).run(scenarioId)
    expect(readDocument(db).scenarios[0]!.ranges).toEqual([
      { path: 'workspace/annualPriceDeclinePct', low: 0, likely: 10, high: 30, shape: 'pert' },
    ])
    db.prepare('DELETE FROM overrides WHERE scenario_id = ?').run(scenarioId)
    db.prepare('UPDATE scenarios SET parent_id = NULL WHERE parent_id = ?').run(scenarioId)
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(scenarioId)
    expect(count(db, 'scenario_ranges')).toBe(0)
    db.close()
  })

  it('keeps every row and reads back the same document', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing')
    expect(userVersion(db)).toBe(migrations.length)
    const before = v1RowCounts()
    expect(rowCounts(db, Object.keys(before))).toEqual(before)
    expect(count(db, 'features')).toBe(V1_DOC.features.length)
    expect(count(db, 'steps')).toBe(V1_DOC.features.flatMap((f) => f.steps).length)
    expect(count(db, 'price_points')).toBe(V1_DOC.models.flatMap((m) => m.prices).length)
    expect(readDocument(db)).toStrictEqual(V1_DOC)
    db.close()
  })

  it('writes the pre-upgrade backup <file>.backup-v1, still at schema 1', async () => {
    const file = copyOfV1()
    const db = await openWorkspaceDb(file, 'existing')
    db.close()
    const backupFile = `${file}.backup-v1`
    expect(existsSync(backupFile)).toBe(true)
    const backup = new Database(backupFile, { readonly: true, fileMustExist: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(columnsOf(backup, 'models')).not.toContain('source_id')
    expect(rowCounts(backup, tables(backup))).toEqual(v1RowCounts())
    backup.close()
  })

  it('a second open is a no-op: same version, no new backup, file unchanged', async () => {
    const file = copyOfV1()
    const first = await openWorkspaceDb(file, 'existing')
    first.close()
    const afterFirst = fileHash(file)
    const folder = readdirSync(join(file, '..')).sort()

    const second = await openWorkspaceDb(file, 'existing')
    expect(userVersion(second)).toBe(migrations.length)
    expect(readDocument(second)).toStrictEqual(V1_DOC)
    second.close()

    expect(fileHash(file)).toBe(afterFirst)
    expect(readdirSync(join(file, '..')).sort()).toEqual(folder)
  })
})
