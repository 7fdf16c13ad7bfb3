/**
 * Daily facts rolled up by feature, customer or cohort and by day, ISO week or month: the rows of
 * the Actuals view's tables and the points of its charts. A week or month the window cuts holds
 * only the window's days (`days` says how many).
 */
import { groupBy } from '../../groupBy'
import {
  portfolioFloorPctOf,
  floorPctOf,
  PORTFOLIO_YELLOW_BAND_PTS,
  yellowBandPtsOf,
} from '../../model/defaults'
import type { WorkspaceDoc } from '../../model/types'
import type { DailyFacts } from '../facts'
import { isoWeekStart, monthOf } from '../days'
import { compareText } from './dayTable'
import { ratiosOf, totalOf, type FactRatios, type FactRow, type FactTotals } from './totals'

export type RollupBy = 'feature' | 'customer' | 'cohort'
export type Period = 'day' | 'week' | 'month'

export interface PeriodRow extends FactTotals, FactRatios {
  /** The day, the Monday of the ISO week, or 'YYYY-MM'. */
  period: string
  /** The feature's, customer's or cohort's id. */
  id: string
}

const periodOf: Record<Period, (day: string) => string> = {
  day: (day) => day,
  week: isoWeekStart,
  month: monthOf,
}

function rowsBy(facts: DailyFacts, by: RollupBy): { id: string; row: FactRow }[] {
  switch (by) {
    case 'feature':
      return facts.features.map((row) => ({ id: row.featureId, row }))
    case 'customer':
      return facts.customers.map((row) => ({ id: row.customerId, row }))
    case 'cohort':
      return facts.cohorts.map((row) => ({ id: row.cohortId, row }))
  }
}

/**
 * The floor a margin is zoned against: a feature's own (§2 defaults by category); customers,
 * cohorts and features the workspace lacks take the portfolio's, with its 5-point band (§5).
 */
function floorsOf(doc: WorkspaceDoc, by: RollupBy) {
  const portfolio = { floorPct: portfolioFloorPctOf(doc), yellowBandPts: PORTFOLIO_YELLOW_BAND_PTS }
  const features = new Map(
    by === 'feature'
      ? doc.features.map((feature) => [
          feature.id,
          { floorPct: floorPctOf(feature), yellowBandPts: yellowBandPtsOf(feature) },
        ])
      : [],
  )
  return (id: string) => features.get(id) ?? portfolio
}

/** Sorted by id, then period. */
export function periodRows(
  facts: DailyFacts,
  doc: WorkspaceDoc,
  by: RollupBy,
  period: Period,
): PeriodRow[] {
  const floorOf = floorsOf(doc, by)
  const groups = groupBy(rowsBy(facts, by), ({ id, row }) => `${id}\n${periodOf[period](row.day)}`)
  return [...groups.values()]
    .map((group): PeriodRow => {
      const { id, row } = group[0]!
      const totals = totalOf(group.map((entry) => entry.row))
      const { floorPct, yellowBandPts } = floorOf(id)
      return {
        period: periodOf[period](row.day),
        id,
        ...totals,
        ...ratiosOf(totals, floorPct, yellowBandPts),
      }
    })
    .sort((a, b) => compareText(a.id, b.id) || compareText(a.period, b.period))
}
