import type { Cohort, UsageEntry } from '../../../shared/model/types'
import type { Db } from '../connection'
import { groupBy, optionalField, orNull, type TableRows } from './rows'

type CohortRow = {
  id: string
  position: number
  name: string
  plan_id: string
  customers: number
  seats_per_customer: number | null
  monthly_growth_pct: number | null
}

type UsageRow = {
  cohort_id: string
  feature_id: string
  position: number
  units_per_seat: number
  token_scale: number | null
}

export function cohortTables(cohorts: Cohort[]): TableRows[] {
  return [
    {
      spec: { name: 'cohorts', key: ['id'] },
      rows: cohorts.map((cohort, position): CohortRow => ({
        id: cohort.id,
        position,
        name: cohort.name,
        plan_id: cohort.planId,
        customers: cohort.customers,
        seats_per_customer: orNull(cohort.seatsPerCustomer),
        monthly_growth_pct: orNull(cohort.monthlyGrowthPct),
      })),
    },
    {
      spec: { name: 'usage', key: ['cohort_id', 'feature_id'] },
      rows: cohorts.flatMap((cohort) =>
        cohort.usage.map((entry, position): UsageRow => ({
          cohort_id: cohort.id,
          feature_id: entry.featureId,
          position,
          units_per_seat: entry.unitsPerSeat,
          token_scale: orNull(entry.tokenScale),
        })),
      ),
    },
  ]
}

export function readCohorts(db: Db): Cohort[] {
  const cohorts = db.prepare('SELECT * FROM cohorts ORDER BY position').all() as CohortRow[]
  const usage = groupBy(
    db.prepare('SELECT * FROM usage ORDER BY position').all() as UsageRow[],
    (row) => row.cohort_id,
  )
  return cohorts.map((row) => ({
    id: row.id,
    name: row.name,
    planId: row.plan_id,
    customers: row.customers,
    ...optionalField('seatsPerCustomer', row.seats_per_customer),
    ...optionalField('monthlyGrowthPct', row.monthly_growth_pct),
    usage: (usage.get(row.id) ?? []).map((entry): UsageEntry => ({
      featureId: entry.feature_id,
      unitsPerSeat: entry.units_per_seat,
      ...optionalField('tokenScale', entry.token_scale),
    })),
  }))
}
