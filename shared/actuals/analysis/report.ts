/**
 * `margin actuals report --json` (DESIGN.md §10): per feature, the window's usage, cost and
 * revenue, and the rows no feature matched. Money in USD, counts as counts, over the whole window.
 */
import type { WorkspaceDoc } from '../../model/types'
import { groupBy } from '../../groupBy'
import type { DailyAggregate, RevenueRow, UnmatchedCount } from '../types'
import { dailyFacts } from './dailyFacts'
import { compareText } from './dayTable'
import { grossMarginOf, totalOf } from './totals'

export interface ActualsReportFeature {
  id: string
  units: number
  calls: number
  cost: number
  /** Null when none of the feature's token cost could be re-costed. */
  expectedCost: number | null
  /** Null when neither a revenue import nor the plan gives the feature revenue. */
  revenue: number | null
  revenueEstimated: boolean
  grossMarginPct: number | null
}

export interface ActualsReport {
  from: string
  to: string
  features: ActualsReportFeature[]
  unmatched: { rows: number; cost: number }
}

export interface ActualsReportInput {
  doc: WorkspaceDoc
  aggregates: readonly DailyAggregate[]
  unmatched: readonly UnmatchedCount[]
  revenue: readonly RevenueRow[]
  /** Default: the first day with usage. */
  from?: string
  /** Default: the last day with usage. */
  to?: string
}

/**
 * Features in document order, then any the workspace does not have, by id. The window defaults to
 * the days with usage or unmatched rows: an import that matched nothing still reports its rows.
 */
export function actualsReport(input: ActualsReportInput): ActualsReport {
  const days = [...input.aggregates, ...input.unmatched].map((row) => row.day).sort()
  const facts = dailyFacts({
    ...input,
    from: input.from ?? days[0],
    to: input.to ?? days[days.length - 1],
  })
  const byFeature = groupBy(facts.features, (row) => row.featureId)
  const position = new Map(input.doc.features.map((feature, index) => [feature.id, index]))
  const rank = (id: string) => position.get(id) ?? position.size
  const ids = [...byFeature.keys()].sort((a, b) => rank(a) - rank(b) || compareText(a, b))
  const unmatched = input.unmatched.filter(
    (count) => count.day >= facts.from && count.day <= facts.to,
  )
  return {
    from: facts.from,
    to: facts.to,
    features: ids.map((id) => {
      const { units, calls, cost, expectedCost, revenue, revenueEstimated } = totalOf(
        byFeature.get(id) ?? [],
      )
      const totals = { units, calls: calls ?? 0, cost, expectedCost, revenue, revenueEstimated }
      return { id, ...totals, grossMarginPct: grossMarginOf(totals) }
    }),
    unmatched: {
      rows: unmatched.reduce((sum, count) => sum + count.rows, 0),
      cost: unmatched.reduce((sum, count) => sum + count.cost, 0),
    },
  }
}
