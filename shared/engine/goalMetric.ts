/** What goal seek aims at: the portfolio's, one feature's or one cohort's gross margin or profit. */
import type { ComputeResult } from './results'
import { childPath, paths } from '../model/paths/build'

export type GoalMetricKind = 'grossMarginPct' | 'grossProfit'

/** With neither id: the portfolio's. */
export type GoalMetric =
  | { kind: GoalMetricKind; featureId?: string; cohortId?: undefined }
  | { kind: GoalMetricKind; cohortId: string; featureId?: undefined }

const KINDS: readonly GoalMetricKind[] = ['grossMarginPct', 'grossProfit']

function isKind(text: string | undefined): text is GoalMetricKind {
  return KINDS.includes(text as GoalMetricKind)
}

/**
 * Parses `grossMarginPct`, `grossProfit`, `features/<id>/<kind>` or `cohorts/<id>/<kind>` with
 * `<kind>` one of those two.
 */
export function parseGoalMetric(text: string): GoalMetric {
  const parts = text.trim().split('/')
  if (parts.length === 1 && isKind(parts[0])) return { kind: parts[0] }
  const [root, id, kind] = parts
  if (parts.length === 3 && id && isKind(kind)) {
    if (root === 'features') return { kind, featureId: id }
    if (root === 'cohorts') return { kind, cohortId: id }
  }
  throw new Error(
    `goal metric '${text}': expected grossMarginPct, grossProfit, ` +
      'features/<id>/grossMarginPct, features/<id>/grossProfit, ' +
      'cohorts/<id>/grossMarginPct or cohorts/<id>/grossProfit',
  )
}

export function goalMetricPath(metric: GoalMetric): string {
  if (metric.featureId !== undefined) return childPath(paths.feature(metric.featureId), metric.kind)
  if (metric.cohortId !== undefined) return childPath(paths.cohort(metric.cohortId), metric.kind)
  return metric.kind
}

/**
 * The metric's value in a month's result; null when undefined (no revenue, no such feature or
 * cohort). A cohort's gross profit is its revenue less its COGS (§3), which its result leaves out.
 */
export function readGoalMetric(
  result: Pick<ComputeResult, 'portfolio' | 'features' | 'cohorts'>,
  metric: GoalMetric,
): number | null {
  if (metric.cohortId !== undefined) {
    const cohort = result.cohorts.find((c) => c.id === metric.cohortId)
    if (cohort === undefined) return null
    return metric.kind === 'grossProfit' ? cohort.revenue - cohort.cogs : cohort.grossMarginPct
  }
  const source =
    metric.featureId === undefined
      ? result.portfolio
      : result.features.find((f) => f.id === metric.featureId)
  return source ? source[metric.kind] : null
}

/** For messages: `48.2%` for a margin, `$1234.5` for a profit. */
export function formatGoalValue(metric: GoalMetric, value: number): string {
  return metric.kind === 'grossMarginPct' ? `${formatNumber(value)}%` : `$${formatNumber(value)}`
}

/** Six significant digits, without a trailing zero tail: enough to read, short enough for text. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)))
}
