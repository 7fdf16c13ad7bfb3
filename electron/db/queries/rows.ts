/** A table row as SQLite sees it: column name → value. Absent document fields are NULL. */
export type SqlValue = string | number | null
export type Row = Record<string, SqlValue>

/** A table and the columns that identify a row in it. */
export interface TableSpec {
  name: string
  key: readonly string[]
}

/** The rows one document gives one table, in document order. */
export interface TableRows {
  spec: TableSpec
  rows: Row[]
}

/** `undefined` (an absent optional field) is stored as NULL. */
export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value
}

/** The field `{ [key]: value }`, or nothing when the column is NULL (the field was absent). */
export function optionalField<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V }
}

/** Rows grouped by their parent's key, each group keeping the rows' order. */
export { groupBy } from '../../../shared/groupBy'
