/** One step of the schema: applied once, in order, inside the runner's single transaction. */
export interface Migration {
  /** The `PRAGMA user_version` the file has after this migration; 1, 2, 3, … without gaps. */
  version: number
  name: string
  sql: string
}
