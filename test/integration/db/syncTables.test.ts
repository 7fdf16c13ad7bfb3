/**
 * Writing a document over the one the file holds touches only what changed: the rows that differ
 * and, in each updated row, only the columns that differ. Temporary `UPDATE OF <column>` triggers
 * record every column an UPDATE names in its SET clause (whether or not the value changes), so a
 * statement that rewrote a whole row would show up column by column.
 */
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../electron/db/connection'
import { readDocument, writeDocument } from '../../../electron/db/queries/document'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

type SqlValue = string | number | bigint | Buffer | null

interface ColumnWrite {
  table: string
  rowid: number
  column: string
}

/** `table` → rowid → the row's values by column, read straight from SQLite. */
type Snapshot = Map<string, Map<number, Record<string, SqlValue>>>

function userTables(db: Db): string[] {
  return db
    .prepare(
      `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .pluck()
    .all() as string[]
}

function columnsOf(db: Db, table: string): string[] {
  return (db.pragma(`main.table_info("${table}")`) as { name: string }[]).map((c) => c.name)
}

/** Installs one trigger per column of every table; returns a reader of what they saw. */
function recordColumnWrites(db: Db): { take: () => ColumnWrite[] } {
  db.exec('CREATE TEMP TABLE column_writes (tbl TEXT NOT NULL, row_id INTEGER, col TEXT NOT NULL)')
  for (const table of userTables(db)) {
    for (const column of columnsOf(db, table)) {
      db.exec(
        `CREATE TEMP TRIGGER "writes_${table}_${column}" AFTER UPDATE OF "${column}" ON "${table}"
         BEGIN INSERT INTO column_writes VALUES ('${table}', NEW.rowid, '${column}'); END`,
      )
    }
  }
  return {
    take: () => {
      const rows = db
        .prepare('SELECT tbl AS "table", row_id AS rowid, col AS "column" FROM column_writes')
        .all() as ColumnWrite[]
      db.exec('DELETE FROM column_writes')
      return rows
    },
  }
}

function snapshot(db: Db): Snapshot {
  const tables: Snapshot = new Map()
  for (const table of userTables(db)) {
    const rows = new Map<number, Record<string, SqlValue>>()
    const all = db.prepare(`SELECT rowid AS "rowid$", * FROM main."${table}"`).all() as Record<
      string,
      SqlValue
    >[]
    for (const { rowid$: rowid, ...values } of all) rows.set(Number(rowid), values)
    tables.set(table, rows)
  }
  return tables
}

/** The columns that hold other values after than before, in rows that exist in both. */
function changedColumns(before: Snapshot, after: Snapshot): ColumnWrite[] {
  const changed: ColumnWrite[] = []
  for (const [table, rows] of after) {
    for (const [rowid, row] of rows) {
      const old = before.get(table)?.get(rowid)
      if (old === undefined) continue
      for (const column of Object.keys(row)) {
        if (!Object.is(row[column], old[column])) changed.push({ table, rowid, column })
      }
    }
  }
  return changed
}

const byPlace = (a: ColumnWrite, b: ColumnWrite): number =>
  a.table.localeCompare(b.table) || a.rowid - b.rowid || a.column.localeCompare(b.column)

function sorted(writes: ColumnWrite[]): ColumnWrite[] {
  return [...writes].sort(byPlace)
}

function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
}

async function imported(doc: WorkspaceDoc): Promise<Db> {
  const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
  writeDocument(db, null, doc)
  return db
}

const demo = () => exampleDocument('demo-workspace.json')

describe('an UPDATE sets only the columns whose values changed', () => {
  it('a changed price writes that one column of that one row', async () => {
    const doc = demo()
    const db = await imported(doc)
    const writes = recordColumnWrites(db)
    const next = structuredClone(doc)
    next.models[0]!.prices[1]!.inputPerMTok = 2.75

    writeDocument(db, doc, next)

    const written = writes.take()
    expect(written.map(({ table, column }) => ({ table, column }))).toEqual([
      { table: 'price_points', column: 'input_per_mtok' },
    ])
    const row = db
      .prepare('SELECT rowid AS r, * FROM price_points WHERE model_id = ? AND position = 1')
      .get('gpt-4o') as { r: number; input_per_mtok: number; output_per_mtok: number }
    expect(written[0]!.rowid).toBe(row.r)
    expect(row.input_per_mtok).toBe(2.75)
    expect(row.output_per_mtok).toBe(10)
    expect(readDocument(db)).toStrictEqual(next)
    db.close()
  })

  it('two fields of one feature, one of them removed, write exactly those two columns', async () => {
    const doc = demo()
    const db = await imported(doc)
    const writes = recordColumnWrites(db)
    const next = structuredClone(doc)
    next.features[0]!.name = 'Support agent (v2)'
    delete next.features[0]!.floorPct

    writeDocument(db, doc, next)

    expect(sorted(writes.take()).map(({ table, column }) => `${table}.${column}`)).toEqual([
      'features.floor_pct',
      'features.name',
    ])
    expect(readDocument(db)).toStrictEqual(next)
    db.close()
  })

  it('writing the same document again writes nothing', async () => {
    const doc = demo()
    const db = await imported(doc)
    const writes = recordColumnWrites(db)
    const changesBefore = totalChanges(db)
    writeDocument(db, doc, structuredClone(doc))
    expect(writes.take()).toEqual([])
    expect(totalChanges(db)).toBe(changesBefore)
    db.close()
  })
})

/** One change to the demo document, chosen by two numbers and a value. */
type Change = [kind: number, index: number, value: number]

const CHANGES: ((doc: WorkspaceDoc, index: number, value: number) => void)[] = [
  (doc, i, v) => {
    const model = doc.models[i % doc.models.length]!
    model.prices[i % model.prices.length]!.inputPerMTok = v
  },
  (doc, i, v) => {
    const model = doc.models[i % doc.models.length]!
    model.prices[i % model.prices.length]!.cacheReadPerMTok = v
  },
  (doc, i, v) => {
    doc.features[i % doc.features.length]!.pricePerUnit = v
  },
  (doc, i) => {
    delete doc.features[i % doc.features.length]!.hiddenCostPct
  },
  (doc, i, v) => {
    doc.features[i % doc.features.length]!.name = `Feature ${v}`
  },
  (doc, i, v) => {
    const feature = doc.features[i % doc.features.length]!
    feature.steps[i % feature.steps.length]!.inputTokens = v
  },
  (doc, i, v) => {
    doc.plans[i % doc.plans.length]!.seatPrice = v
  },
  (doc, i, v) => {
    doc.cohorts[i % doc.cohorts.length]!.customers = v
  },
  (doc, i, v) => {
    const scenario = doc.scenarios[i % doc.scenarios.length]!
    const override = scenario.overrides[i % scenario.overrides.length]!
    if (override.op !== 'insert' && override.op !== 'remove') override.value = v
  },
  // Reordering changes positions (and only positions) of rows keyed by id.
  (doc) => {
    doc.features.reverse()
  },
  (doc, i) => {
    const from = i % doc.models.length
    const [moved] = doc.models.splice(from, 1)
    doc.models.unshift(moved!)
  },
]

const change = fc.tuple(
  fc.nat({ max: CHANGES.length - 1 }),
  fc.nat({ max: 50 }),
  // Quarters: non-negative, finite, never -0 (SQLite would read -0 back as 0).
  fc.integer({ min: 0, max: 4000 }).map((n) => n / 4),
)

describe('writing random changes over the demo document', () => {
  it('sets exactly the columns SQLite sees change, and reads back the new document', async () => {
    const doc = demo()
    let runs = 0
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
        runs++
        const next = structuredClone(doc)
        for (const [kind, index, value] of changes as Change[]) CHANGES[kind]!(next, index, value)
        const db = await imported(doc)
        try {
          const writes = recordColumnWrites(db)
          const before = snapshot(db)
          writeDocument(db, doc, next)
          expect(sorted(writes.take())).toEqual(sorted(changedColumns(before, snapshot(db))))
          expect(readDocument(db)).toStrictEqual(next)
        } finally {
          db.close()
        }
      }),
      { numRuns: 60 },
    )
    expect(runs).toBe(60)
  })
})
