/**
 * Everything the Actuals view shows, computed in one pass where the data live (the service), so
 * the window receives figures, not a year of aggregates: the playbook's four views, the tables
 * by feature, customer and cohort, plan vs actual, price gaps, unmatched rows and the alerts.
 */
import type { WorkspaceDoc } from '../model/types'
import { evaluateAlerts, alertsPerWeek, type Alert, type WeeklyCount } from './alerts'
import { dailyFacts, revenueSourceOf } from './analysis/dailyFacts'
import { featureSeries, type FeatureSeries } from './analysis/featureSeries'
import { periodRows, type PeriodRow } from './analysis/periodRows'
import { planVsActual, type PlanVsActual } from './analysis/planVsActual'
import { compiledModelsById, expectedCost, priceGaps, type PriceGap } from './analysis/recost'
import { grossMarginOf } from './analysis/totals'
import type { DailyFacts } from './facts'
import { unmatchedByValue, type UnmatchedValue } from './unmatchedValues'
import type { DailyAggregate, RevenueRow, UnmatchedCount } from './types'

/** Where the revenue on every actuals screen comes from; each screen says which. */
export type RevenueSource = 'imported' | 'estimated'

export interface ActualsOverview {
  /** The days the window shows (both ends included). */
  from: string
  to: string
  scenarioId: string | null
  revenueSource: RevenueSource
  totals: {
    units: number
    calls: number
    cost: number
    revenue: number | null
    grossMarginPct: number | null
  }
  series: FeatureSeries
  /** The features' days are `series.dailyMargin`. */
  tables: {
    featureWeeks: PeriodRow[]
    customerWeeks: PeriodRow[]
    cohortDays: PeriodRow[]
    cohortWeeks: PeriodRow[]
  }
  planVsActual: PlanVsActual
  /** Only the gaps above 2%: the ones that say a price point may be missing. */
  priceGaps: PriceGap[]
  unmatched: { rows: number; cost: number; values: UnmatchedValue[] }
  /**
   * Calls with no cost in the log on a model the price book cannot price (not in the workspace,
   * or without prices): their tokens count $0, which the person must be told.
   */
  unpriced: { calls: number; models: string[] }
  /** Every episode over the whole imported history, and how many each rule raised per week. */
  alerts: Alert[]
  alertsPerWeek: WeeklyCount[]
}

export interface OverviewInput {
  doc: WorkspaceDoc
  /** Every imported day's aggregates (alerts keep their history over all of them). */
  aggregates: readonly DailyAggregate[]
  unmatched: readonly UnmatchedCount[]
  revenue: readonly RevenueRow[]
  /** The window the figures and tables cover. */
  from: string
  to: string
  scenarioId: string | null
  /** The history when already at hand (it covers every imported day, not the window). */
  history?: History | null
}

/**
 * Every imported day as facts against the baseline, and the alerts they raise: §10 keeps the
 * alert history whatever window is shown, and "all imported" shows these very facts.
 */
export interface History {
  facts: DailyFacts
  alerts: Alert[]
}

/** The history of every imported day; null before anything is imported. */
export function actualsHistory(
  input: Pick<OverviewInput, 'doc' | 'aggregates' | 'revenue'>,
): History | null {
  if (input.aggregates.length === 0) return null
  const facts = dailyFacts(input)
  return { facts, alerts: evaluateAlerts({ facts, doc: input.doc }) }
}

const inWindow =
  (from: string, to: string) =>
  <T extends { day: string }>(row: T): boolean =>
    row.day >= from && row.day <= to

function unpricedCalls(
  aggregates: readonly DailyAggregate[],
  doc: WorkspaceDoc,
): ActualsOverview['unpriced'] {
  const models = compiledModelsById(doc)
  let calls = 0
  const names = new Set<string>()
  for (const aggregate of aggregates) {
    if (aggregate.reportedCost !== null || aggregate.calls === 0) continue
    const model = aggregate.modelId === null ? undefined : models.get(aggregate.modelId)
    if (expectedCost(aggregate, model) !== null) continue
    calls += aggregate.calls
    names.add(aggregate.sourceModel === '' ? '(no model named)' : aggregate.sourceModel)
  }
  return { calls, models: [...names].sort() }
}

function unmatchedValues(counts: readonly UnmatchedCount[]): ActualsOverview['unmatched'] {
  const values = unmatchedByValue(counts)
  return {
    rows: values.reduce((sum, value) => sum + value.rows, 0),
    cost: values.reduce((sum, value) => sum + value.cost, 0),
    values,
  }
}

export function actualsOverview(input: OverviewInput): ActualsOverview {
  const { doc, from, to, scenarioId } = input
  const shown = inWindow(from, to)
  const aggregates = input.aggregates.filter(shown)
  const history = input.history === undefined ? actualsHistory(input) : input.history
  const wholeHistory =
    history !== null &&
    scenarioId === null &&
    history.facts.from === from &&
    history.facts.to === to
  const facts = wholeHistory ? history.facts : dailyFacts({ ...input, aggregates })
  const series = featureSeries(facts, doc)
  const featureDays = series.dailyMargin
  const revenue = featureDays.some((row) => row.revenue !== null)
    ? featureDays.reduce((sum, row) => sum + (row.revenue ?? 0), 0)
    : null
  const cost = featureDays.reduce((sum, row) => sum + row.cost, 0)
  const alerts = history?.alerts ?? []
  const span = history === null ? { from, to } : history.facts
  return {
    from,
    to,
    scenarioId,
    revenueSource: revenueSourceOf(featureDays),
    totals: {
      units: featureDays.reduce((sum, row) => sum + row.units, 0),
      calls: featureDays.reduce((sum, row) => sum + (row.calls ?? 0), 0),
      cost,
      revenue,
      grossMarginPct: grossMarginOf({ cost, revenue }),
    },
    series,
    tables: {
      featureWeeks: periodRows(facts, doc, 'feature', 'week'),
      customerWeeks: periodRows(facts, doc, 'customer', 'week'),
      cohortDays: periodRows(facts, doc, 'cohort', 'day'),
      cohortWeeks: periodRows(facts, doc, 'cohort', 'week'),
    },
    planVsActual: planVsActual({ doc, facts, scenarioId }),
    priceGaps: priceGaps(aggregates, doc).filter((gap) => gap.flagged),
    unmatched: unmatchedValues(input.unmatched.filter(shown)),
    unpriced: unpricedCalls(aggregates, doc),
    alerts,
    alertsPerWeek: alertsPerWeek(alerts, span.from, span.to),
  }
}
