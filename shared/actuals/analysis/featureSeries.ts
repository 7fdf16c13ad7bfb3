/**
 * The Actuals view's four playbook views as plain data for its charts: (a) cost per unit beside
 * revenue per unit over the last days, (b) each feature's daily margin and zone, (c) each cohort's
 * weekly cost, revenue and margin with 4-week trailing averages, (d) each feature's monthly margin
 * beside its volume. Its tables are `periodRows` by day or week.
 */
import type { WorkspaceDoc } from '../../model/types'
import { groupBy } from '../../groupBy'
import type { DailyFacts } from '../facts'
import { plusKnown } from './dayTable'
import { periodRows, type PeriodRow } from './periodRows'
import { grossMarginOf } from './totals'

/** Weeks the cohort trend averages over. */
const TRAILING_WEEKS = 4

export interface CohortWeek extends PeriodRow {
  /** Over this week and up to three before it: cost and revenue per week, margin of the sums. */
  trailing: { weeks: number; cost: number; revenue: number | null; grossMarginPct: number | null }
}

export interface FeatureSeries {
  /** (a) By feature and day, the last `lastDays` days of the window. */
  unitEconomics: PeriodRow[]
  /** (b) By feature and day. */
  dailyMargin: PeriodRow[]
  /** (c) By cohort and ISO week. */
  cohortWeeks: CohortWeek[]
  /** (d) By feature and month: margin and zone beside units. */
  monthly: PeriodRow[]
}

function withTrailing(weeks: readonly PeriodRow[]): CohortWeek[] {
  return [...groupBy(weeks, (week) => week.id).values()].flatMap((cohort) =>
    cohort.map((week, index) => {
      const window = cohort.slice(Math.max(0, index + 1 - TRAILING_WEEKS), index + 1)
      const cost = window.reduce((sum, row) => sum + row.cost, 0)
      const revenue = window.reduce<number | null>((sum, row) => plusKnown(sum, row.revenue), null)
      return {
        ...week,
        trailing: {
          weeks: window.length,
          cost: cost / window.length,
          revenue: revenue === null ? null : revenue / window.length,
          grossMarginPct: grossMarginOf({ cost, revenue }),
        },
      }
    }),
  )
}

export function featureSeries(facts: DailyFacts, doc: WorkspaceDoc, lastDays = 30): FeatureSeries {
  const dailyMargin = periodRows(facts, doc, 'feature', 'day')
  const shown = new Set(facts.days.slice(-lastDays))
  return {
    unitEconomics: dailyMargin.filter((row) => shown.has(row.period)),
    dailyMargin,
    cohortWeeks: withTrailing(periodRows(facts, doc, 'cohort', 'week')),
    monthly: periodRows(facts, doc, 'feature', 'month'),
  }
}
