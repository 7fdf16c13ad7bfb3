/**
 * The imported actuals of an open file, read once per import rather than once per request: the
 * Actuals view asks again on every window, scenario or edit, and a year of a large workspace is a
 * few hundred thousand rows. An import by any process adds a row to actual_imports, so the
 * newest import's id tells whether what was read is still what the file holds.
 */
import { actualsHistory, type History } from '../../../shared/actuals/overview'
import type { DailyAggregate, RevenueRow } from '../../../shared/actuals/types'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../../db/connection'
import { importStamp, readAggregates, readRevenue } from '../../db/queries/actuals'

interface Entry {
  stamp: number
  aggregates: DailyAggregate[]
  revenue: RevenueRow[]
  /** The history against one document (edits change prices, floors and rules). */
  history: { doc: WorkspaceDoc; history: History | null } | null
}

const entries = new WeakMap<Db, Entry>()

function entryOf(db: Db): Entry {
  const stamp = importStamp(db)
  const cached = entries.get(db)
  if (cached?.stamp === stamp) return cached
  const entry: Entry = {
    stamp,
    aggregates: readAggregates(db),
    revenue: readRevenue(db),
    history: null,
  }
  entries.set(db, entry)
  return entry
}

/** Every imported day's aggregates and revenue. */
export function cachedActuals(db: Db): { aggregates: DailyAggregate[]; revenue: RevenueRow[] } {
  const { aggregates, revenue } = entryOf(db)
  return { aggregates, revenue }
}

/** The facts and alert history of every imported day against `doc`. */
export function cachedHistory(db: Db, doc: WorkspaceDoc): History | null {
  const entry = entryOf(db)
  if (entry.history?.doc !== doc) {
    entry.history = { doc, history: actualsHistory({ doc, ...cachedActuals(db) }) }
  }
  return entry.history.history
}
