/**
 * Imported actuals (DESIGN.md §9): daily aggregates and what calibration needs, kept beside the
 * document. An import replaces the days it covers for its source in one transaction, so the same
 * file twice, or an overlapping period, never counts a day twice.
 */
import type {
  DailyAggregate,
  ImportCounts,
  ActualsSource,
  ImportRecord,
  RevenueRow,
  SampleCount,
  UnmatchedCount,
} from '../../../shared/actuals/types'
import type { ImportResult } from '../../../shared/actuals/usageImport'
import type { Db } from '../connection'

/** A day range, both ends included; absent ends are open. */
export interface DayRange {
  from?: string
  to?: string
}

/** A row of actual_days in the order readAggregates selects its columns. */
type AggregateRow = [
  day: string,
  featureId: string,
  stepId: string,
  modelId: string | null,
  sourceModel: string,
  customerId: string,
  cohortId: string | null,
  units: number,
  calls: number,
  inputTokens: number,
  cachedInputTokens: number,
  cacheWriteTokens: number,
  outputTokens: number,
  reasoningTokens: number,
  batchCalls: number,
  reportedCost: number | null,
  cacheHits: number | null,
]

function recordImport(
  db: Db,
  source: ImportRecord['source'],
  fileName: string,
  importedAt: string,
  result: Pick<ImportResult, 'counts' | 'firstDay' | 'lastDay'>,
): number {
  const { counts } = result
  return Number(
    db
      .prepare(
        `INSERT INTO actual_imports (source, file_name, imported_at, first_day, last_day,
           rows_read, rows_matched, rows_unmatched, rows_rejected, rows_skipped)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        source,
        fileName,
        importedAt,
        result.firstDay,
        result.lastDay,
        counts.read,
        counts.matched,
        counts.unmatched,
        counts.rejected,
        counts.skipped,
      ).lastInsertRowid,
  )
}

/** Replaces `source`'s days from `result.firstDay` to `result.lastDay` with the import's. */
export function replaceUsage(
  db: Db,
  source: ActualsSource,
  fileName: string,
  importedAt: string,
  result: ImportResult,
): number {
  return db.transaction(() => {
    const { firstDay, lastDay } = result
    if (firstDay !== null && lastDay !== null) {
      for (const table of ['actual_days', 'actual_samples', 'actual_unmatched']) {
        db.prepare(`DELETE FROM ${table} WHERE source = ? AND day BETWEEN ? AND ?`).run(
          source,
          firstDay,
          lastDay,
        )
      }
    }
    const day = db.prepare(
      `INSERT INTO actual_days (source, day, feature_id, step_id, model_id, source_model,
         customer_id, cohort_id, units, calls, input_tokens, cached_input_tokens,
         cache_write_tokens, output_tokens, reasoning_tokens, batch_calls, reported_cost,
         cost_reported, cache_hits)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const a of result.aggregates) {
      day.run(
        source,
        a.day,
        a.featureId,
        a.stepId,
        a.modelId,
        a.sourceModel,
        a.customerId,
        a.cohortId,
        a.units,
        a.calls,
        a.inputTokens,
        a.cachedInputTokens,
        a.cacheWriteTokens,
        a.outputTokens,
        a.reasoningTokens,
        a.batchCalls,
        a.reportedCost,
        a.reportedCost === null ? 0 : 1,
        a.cacheHits,
      )
    }
    const sample = db.prepare(
      `INSERT INTO actual_samples (source, day, feature_id, step_id, metric, value, count)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const s of result.samples) {
      sample.run(source, s.day, s.featureId, s.stepId, s.metric, s.value, s.count)
    }
    const unmatched = db.prepare(
      'INSERT INTO actual_unmatched (source, day, value, rows, cost) VALUES (?, ?, ?, ?, ?)',
    )
    for (const u of result.unmatched) unmatched.run(source, u.day, u.value, u.rows, u.cost)
    return recordImport(db, source, fileName, importedAt, result)
  })()
}

/** Replaces the revenue of the days the rows cover (a revenue CSV is one source). */
export function replaceRevenue(
  db: Db,
  fileName: string,
  importedAt: string,
  rows: readonly RevenueRow[],
  counts: ImportCounts,
): number {
  return db.transaction(() => {
    const days = rows.map((row) => row.day).sort()
    const firstDay = days[0] ?? null
    const lastDay = days[days.length - 1] ?? null
    if (firstDay !== null && lastDay !== null) {
      db.prepare('DELETE FROM actual_revenue WHERE day BETWEEN ? AND ?').run(firstDay, lastDay)
    }
    // Two rows for the same day and payer add up: a CSV may list invoices, not totals.
    const insert = db.prepare(
      `INSERT INTO actual_revenue (day, customer_id, cohort_id, feature_id, amount)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (day, customer_id, cohort_id, feature_id) DO UPDATE SET amount = amount + excluded.amount`,
    )
    for (const row of rows) {
      insert.run(row.day, row.customerId ?? '', row.cohortId ?? '', row.featureId ?? '', row.amount)
    }
    return recordImport(db, 'revenue', fileName, importedAt, { counts, firstDay, lastDay })
  })()
}

const rangeClause = (range: DayRange): { sql: string; params: string[] } => ({
  sql: 'day BETWEEN ? AND ?',
  params: [range.from ?? '0000-01-01', range.to ?? '9999-12-31'],
})

/** Two sources' aggregates for the same day, feature, step, model and customer, as one. */
function merged(into: DailyAggregate, row: DailyAggregate): void {
  into.units += row.units
  into.calls += row.calls
  into.inputTokens += row.inputTokens
  into.cachedInputTokens += row.cachedInputTokens
  into.cacheWriteTokens += row.cacheWriteTokens
  into.outputTokens += row.outputTokens
  into.reasoningTokens += row.reasoningTokens
  into.batchCalls += row.batchCalls
  if (row.reportedCost !== null) into.reportedCost = (into.reportedCost ?? 0) + row.reportedCost
  if (row.cacheHits !== null) into.cacheHits = (into.cacheHits ?? 0) + row.cacheHits
}

/**
 * Every source's aggregates in the range (in no particular order: the analyses key by day); the
 * same key from two sources is summed.
 * Rows come back as arrays (no column-name objects) and are merged in JS only when more than one
 * source is imported: a year of a large workspace is a few hundred thousand rows.
 */
export function readAggregates(db: Db, range: DayRange = {}): DailyAggregate[] {
  const where = rangeClause(range)
  const rows = db
    .prepare(
      `SELECT day, feature_id, step_id, model_id, source_model, customer_id, cohort_id, units,
         calls, input_tokens, cached_input_tokens, cache_write_tokens, output_tokens,
         reasoning_tokens, batch_calls, reported_cost, cache_hits
       FROM actual_days WHERE ${where.sql}`,
    )
    .raw()
    .all(...where.params) as AggregateRow[]
  const aggregates = rows.map((row): DailyAggregate => ({
    day: row[0],
    featureId: row[1],
    stepId: row[2],
    modelId: row[3],
    sourceModel: row[4],
    customerId: row[5],
    cohortId: row[6],
    units: row[7],
    calls: row[8],
    inputTokens: row[9],
    cachedInputTokens: row[10],
    cacheWriteTokens: row[11],
    outputTokens: row[12],
    reasoningTokens: row[13],
    batchCalls: row[14],
    reportedCost: row[15],
    cacheHits: row[16],
  }))
  const sources = db.prepare('SELECT count(DISTINCT source) FROM actual_days').pluck().get()
  if ((sources as number) <= 1) return aggregates
  const byKey = new Map<string, DailyAggregate>()
  for (const row of aggregates) {
    const reported = row.reportedCost === null ? '' : '$'
    const key = [
      row.day,
      row.featureId,
      row.stepId,
      row.sourceModel,
      row.customerId,
      reported,
    ].join('\u001f')
    const seen = byKey.get(key)
    if (seen) merged(seen, row)
    else byKey.set(key, { ...row })
  }
  return [...byKey.values()]
}

export function readSamples(db: Db, range: DayRange = {}): SampleCount[] {
  const where = rangeClause(range)
  return db
    .prepare(
      `SELECT day, feature_id AS featureId, step_id AS stepId, metric, value, sum(count) AS count
       FROM actual_samples WHERE ${where.sql}
       GROUP BY day, feature_id, step_id, metric, value`,
    )
    .all(...where.params) as SampleCount[]
}

export function readUnmatched(db: Db, range: DayRange = {}): UnmatchedCount[] {
  const where = rangeClause(range)
  return db
    .prepare(
      `SELECT day, value, sum(rows) AS rows, sum(cost) AS cost FROM actual_unmatched
       WHERE ${where.sql} GROUP BY day, value ORDER BY day, value`,
    )
    .all(...where.params) as UnmatchedCount[]
}

export function readRevenue(db: Db, range: DayRange = {}): RevenueRow[] {
  const where = rangeClause(range)
  const rows = db
    .prepare(
      `SELECT day, customer_id, cohort_id, feature_id, amount FROM actual_revenue
       WHERE ${where.sql} ORDER BY day`,
    )
    .all(...where.params) as {
    day: string
    customer_id: string
    cohort_id: string
    feature_id: string
    amount: number
  }[]
  const orNull = (text: string) => (text === '' ? null : text)
  return rows.map((row) => ({
    day: row.day,
    customerId: orNull(row.customer_id),
    cohortId: orNull(row.cohort_id),
    featureId: orNull(row.feature_id),
    amount: row.amount,
  }))
}

export function readImports(db: Db): ImportRecord[] {
  const rows = db.prepare('SELECT * FROM actual_imports ORDER BY id DESC').all() as {
    id: number
    source: ImportRecord['source']
    file_name: string
    imported_at: string
    first_day: string | null
    last_day: string | null
    rows_read: number
    rows_matched: number
    rows_unmatched: number
    rows_rejected: number
    rows_skipped: number
  }[]
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    fileName: row.file_name,
    importedAt: row.imported_at,
    firstDay: row.first_day,
    lastDay: row.last_day,
    counts: {
      read: row.rows_read,
      matched: row.rows_matched,
      unmatched: row.rows_unmatched,
      rejected: row.rows_rejected,
      skipped: row.rows_skipped,
    },
  }))
}

/** The first and last day with usage, or null when nothing is imported. */
export function usageSpan(db: Db): { from: string; to: string } | null {
  const row = db.prepare('SELECT min(day) AS first, max(day) AS last FROM actual_days').get() as {
    first: string | null
    last: string | null
  }
  return row.first === null || row.last === null ? null : { from: row.first, to: row.last }
}

/** The newest import's id (0 before any): it moves whenever any process imports into the file. */
export function importStamp(db: Db): number {
  return (
    (db.prepare('SELECT coalesce(max(id), 0) FROM actual_imports').pluck().get() as number) ?? 0
  )
}
