import type { Db } from '../connection'

/**
 * One step of the schema: applied once, in order, inside the runner's single transaction.
 * `up` is SQL, or a function for a step that must transform data (read rows, compute, write):
 * it gets the connection inside that transaction and must not open one of its own.
 */
export interface Migration {
  /** The `PRAGMA user_version` the file has after this migration; 1, 2, 3, … without gaps. */
  version: number
  name: string
  up: string | ((db: Db) => void)
}
