/**
 * Imported revenue (DESIGN.md §9 "Actual revenue") split onto features, customers and cohorts.
 * A row naming a feature is that feature's. A row naming only a customer (or only a cohort, or
 * nothing) is spread over the features that customer (that cohort, everyone) used that day, in
 * proportion to what each cost them; on a day they cost nothing it stays with the customer or
 * cohort and reaches no feature. A customer's row also counts for the customer's cohort.
 */
import type { DailyAggregate, RevenueRow } from '../types'
import type { DayTable } from './dayTable'
import type { FactTables } from './factRows'

/** An aggregate and all it cost (its share of fixed cost included). */
export interface CostedAggregate {
  aggregate: DailyAggregate
  cost: number
}

/** An amount of revenue that belongs to `id` (a feature, customer or cohort) on `day`. */
export interface RevenueShare {
  day: string
  id: string
  amount: number
}

export interface RevenueSplit {
  features: RevenueShare[]
  customers: RevenueShare[]
  cohorts: RevenueShare[]
}

/** Which aggregates of its day a row without a feature is spread over. */
function scopeOf(row: RevenueRow): (aggregate: DailyAggregate) => boolean {
  if (row.customerId !== null) return (aggregate) => aggregate.customerId === row.customerId
  if (row.cohortId !== null) return (aggregate) => aggregate.cohortId === row.cohortId
  return () => true
}

/** A row's share of each feature it is spread over, by what each cost in its scope that day. */
function featureShares(row: RevenueRow, sameDay: readonly CostedAggregate[]): RevenueShare[] {
  if (row.featureId !== null) return [{ day: row.day, id: row.featureId, amount: row.amount }]
  const inScope = scopeOf(row)
  const scoped = sameDay.filter(({ aggregate }) => inScope(aggregate))
  const total = scoped.reduce((sum, entry) => sum + entry.cost, 0)
  if (total <= 0) return []
  return scoped.map(({ aggregate, cost }) => ({
    day: row.day,
    id: aggregate.featureId,
    amount: (row.amount * cost) / total,
  }))
}

export function splitRevenue(
  rows: readonly RevenueRow[],
  costed: readonly CostedAggregate[],
  cohortOfCustomer: ReadonlyMap<string, string>,
): RevenueSplit {
  const byDay = new Map<string, CostedAggregate[]>()
  for (const entry of costed) {
    const sameDay = byDay.get(entry.aggregate.day)
    if (sameDay) sameDay.push(entry)
    else byDay.set(entry.aggregate.day, [entry])
  }
  const split: RevenueSplit = { features: [], customers: [], cohorts: [] }
  for (const row of rows) {
    const { day, amount } = row
    if (row.customerId !== null) split.customers.push({ day, id: row.customerId, amount })
    const cohortId =
      row.cohortId ?? (row.customerId === null ? undefined : cohortOfCustomer.get(row.customerId))
    if (cohortId !== undefined) split.cohorts.push({ day, id: cohortId, amount })
    split.features.push(...featureShares(row, byDay.get(day) ?? []))
  }
  return split
}

/** Adds each share to its row, making the row where revenue lands on a day without usage. */
export function addImportedRevenue(split: RevenueSplit, tables: FactTables): void {
  const add = (table: DayTable<{ revenue: number | null }>, shares: readonly RevenueShare[]) => {
    for (const { day, id, amount } of shares) {
      const row = table.at(day, id)
      row.revenue = (row.revenue ?? 0) + amount
    }
  }
  add(tables.features, split.features)
  add(tables.customers, split.customers)
  add(tables.cohorts, split.cohorts)
}
