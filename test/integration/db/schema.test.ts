import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../electron/db/connection'
import { writeDocument } from '../../../electron/db/queries/document'
import { openWorkspaceDb } from '../../../electron/db/workspaceDb'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

async function newWorkspace(): Promise<Db> {
  const db = await openWorkspaceDb(join(tempDir(), 'w.marginplan'), 'new')
  writeDocument(db, null, exampleDocument('support-agent.json'))
  return db
}

describe('a new workspace file', () => {
  it('runs in WAL mode with foreign keys, full sync and a busy timeout', async () => {
    const db = await newWorkspace()
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
    db.close()
  })

  it('has a schema version and every table is STRICT', async () => {
    const db = await newWorkspace()
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1)
    const tables = (
      db.pragma('table_list') as { schema: string; name: string; strict: number }[]
    ).filter((table) => table.schema === 'main' && !table.name.startsWith('sqlite_'))
    expect(tables.map((table) => table.name).sort()).toEqual(
      [
        'actual_days',
        'actual_imports',
        'actual_revenue',
        'actual_samples',
        'actual_unmatched',
        'actuals_mappings',
        'alert_rules',
        'backlog',
        'components',
        'cohorts',
        'features',
        'file_state',
        'mix_entries',
        'models',
        'overrides',
        'plan_feature_terms',
        'plans',
        'price_points',
        'ranges',
        'scenario_ranges',
        'scenarios',
        'self_host_options',
        'self_host_replaced_models',
        'steps',
        'usage',
        'workspace',
      ].sort(),
    )
    for (const table of tables)
      expect({ table: table.name, strict: table.strict }).toEqual({ table: table.name, strict: 1 })
    db.close()
  })
})

describe('CHECK constraints refuse what a hand-written SQL statement slips past validation', () => {
  const insertPrice = (db: Db, input: number | null) =>
    db
      .prepare(
        `INSERT INTO price_points (model_id, position, from_date, input_per_mtok, output_per_mtok)
         VALUES ('gpt-4o', 5, '2026-01-01', ?, 1)`,
      )
      .run(input)

  it('a negative price', async () => {
    const db = await newWorkspace()
    expect(() => insertPrice(db, -1)).toThrow(/CHECK constraint failed/)
    expect(() => db.prepare(`UPDATE features SET price_per_unit = -0.5`).run()).toThrow(
      /CHECK constraint failed/,
    )
    db.close()
  })

  it('Infinity, and NaN (which SQLite would store as NULL) in a required column', async () => {
    const db = await newWorkspace()
    expect(() => insertPrice(db, Infinity)).toThrow(/CHECK constraint failed/)
    expect(() => insertPrice(db, NaN)).toThrow(/NOT NULL constraint failed/)
    expect(() => db.prepare('UPDATE steps SET reasoning_tokens = ?').run(-Infinity)).toThrow(
      /CHECK constraint failed/,
    )
    db.close()
  })

  it.each([
    ['a share above 100', `UPDATE mix_entries SET share_pct = 100.5`],
    ['a floor of 100', `UPDATE features SET floor_pct = 100`],
    ['prefix reuse below 1', `UPDATE steps SET prefix_reuse = 0.5`],
    ['growth below -100%', `UPDATE cohorts SET monthly_growth_pct = -101`],
    ['a horizon of 121 months', `UPDATE workspace SET horizon_months = 121`],
    [
      'a second workspace row',
      `INSERT INTO workspace (id, name, currency, start_month, horizon_months) VALUES (2, 'x', 'USD', '2026-01', 12)`,
    ],
    ['a badly formed start month', `UPDATE workspace SET start_month = 'Dec 2026'`],
    ['an unknown override op', `UPDATE overrides SET op = 'multiply'`],
    ['text in a number column', `UPDATE cohorts SET customers = 'many'`],
    [
      'a long-context tier without its prices',
      `UPDATE price_points SET long_threshold_tokens = 1000`,
    ],
  ])('%s', async (_label, sql) => {
    const db = await newWorkspace()
    expect(() => db.prepare(sql).run()).toThrow(/constraint failed|cannot store/)
    db.close()
  })

  it('a reference to a missing model, at commit', async () => {
    const db = await newWorkspace()
    const write = db.transaction(() =>
      db.prepare(`UPDATE mix_entries SET model_id = 'no-such-model'`).run(),
    )
    expect(write).toThrow(/FOREIGN KEY constraint failed/)
    db.close()
  })
})
