import type { CohortWeek } from '../../../shared/actuals/analysis/featureSeries'
import type { PeriodRow } from '../../../shared/actuals/analysis/periodRows'
import type { Zone } from '../../../shared/engine/results'

/** A period row with only what the actuals charts read filled in. */
export function periodRow(
  id: string,
  period: string,
  figures: Partial<PeriodRow> & { zone?: Zone } = {},
): PeriodRow {
  return {
    period,
    id,
    days: 1,
    units: 100,
    calls: 200,
    cost: 10,
    expectedCost: 10,
    revenue: 40,
    revenueEstimated: false,
    costPerUnit: 0.1,
    revenuePerUnit: 0.4,
    grossMarginPct: 75,
    zone: 'green',
    ...figures,
  }
}

export function cohortWeek(
  id: string,
  period: string,
  grossMarginPct: number | null,
  trailingPct: number | null,
): CohortWeek {
  return {
    ...periodRow(id, period, { grossMarginPct, days: 7 }),
    trailing: { weeks: 1, cost: 10, revenue: 40, grossMarginPct: trailingPct },
  }
}
