import type { Statement } from 'better-sqlite3'
import type { Db } from '../connection'
import type { Row, SqlValue, TableRows, TableSpec } from './rows'

/** A row that differs from its previous version, and the non-key columns that differ. */
interface RowUpdate {
  row: Row
  changed: string[]
}

interface TableDiff {
  spec: TableSpec
  inserts: Row[]
  updates: RowUpdate[]
  deletes: Row[]
}

/**
 * Brings the tables from `before` to `after` (both listed parents first, index-aligned) by
 * deleting, inserting and updating only the rows that differ, matched by primary key; an update
 * sets only the columns whose values differ. Children are deleted before their parents, parents
 * inserted before their children.
 */
export function syncTables(db: Db, before: TableRows[] | null, after: TableRows[]): void {
  const diffs = after.map((table, index) =>
    diffRows(table.spec, before?.[index]?.rows ?? [], table.rows),
  )
  const statements = new StatementCache(db)
  for (const diff of [...diffs].reverse()) {
    for (const row of diff.deletes) statements.delete(diff.spec, row)
  }
  for (const diff of diffs) {
    for (const row of diff.inserts) statements.insert(diff.spec, row)
    for (const { row, changed } of diff.updates) statements.update(diff.spec, row, changed)
  }
}

function diffRows(spec: TableSpec, before: Row[], after: Row[]): TableDiff {
  const previous = new Map(before.map((row) => [keyOf(spec, row), row]))
  const diff: TableDiff = { spec, inserts: [], updates: [], deletes: [] }
  for (const row of after) {
    const key = keyOf(spec, row)
    const old = previous.get(key)
    previous.delete(key)
    if (!old) {
      diff.inserts.push(row)
      continue
    }
    const changed = Object.keys(row).filter(
      (column) => !spec.key.includes(column) && row[column] !== old[column],
    )
    if (changed.length > 0) diff.updates.push({ row, changed })
  }
  diff.deletes.push(...previous.values())
  return diff
}

function keyOf(spec: TableSpec, row: Row): string {
  return spec.key.map((column) => String(row[column])).join('\u0000')
}

/** Prepares each statement once per sync; the SQL depends only on the table and its columns. */
class StatementCache {
  private readonly statements = new Map<string, Statement>()

  constructor(private readonly db: Db) {}

  insert(spec: TableSpec, row: Row): void {
    const columns = Object.keys(row)
    const sql =
      `INSERT INTO ${quote(spec.name)} (${columns.map(quote).join(', ')}) ` +
      `VALUES (${columns.map(() => '?').join(', ')})`
    this.run(sql, spec, row, columns)
  }

  /** `columns`: the non-key columns to set; each distinct set prepares its own statement. */
  update(spec: TableSpec, row: Row, columns: readonly string[]): void {
    const sql =
      `UPDATE ${quote(spec.name)} SET ${columns.map((c) => `${quote(c)} = ?`).join(', ')} ` +
      `WHERE ${whereKey(spec)}`
    this.run(sql, spec, row, [...columns, ...spec.key])
  }

  delete(spec: TableSpec, row: Row): void {
    this.run(`DELETE FROM ${quote(spec.name)} WHERE ${whereKey(spec)}`, spec, row, spec.key)
  }

  private run(sql: string, spec: TableSpec, row: Row, columns: readonly string[]): void {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    statement.run(columns.map((column) => bindable(spec, column, row[column])))
  }
}

/** SQLite would turn NaN into NULL without a word: refuse it (and ±Infinity) before binding. */
function bindable(spec: TableSpec, column: string, value: SqlValue | undefined): SqlValue {
  if (value === undefined) throw new Error(`${spec.name}.${column}: no value to write`)
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new Error(`${spec.name}.${column}: ${value} is not a finite number`)
  }
  return value
}

function whereKey(spec: TableSpec): string {
  return spec.key.map((column) => `${quote(column)} = ?`).join(' AND ')
}

function quote(identifier: string): string {
  return `"${identifier}"`
}
