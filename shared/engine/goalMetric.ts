/** What goal seek aims at: the portfolio's or one feature's gross margin or gross profit. */
import type { ComputeResult } from './results'

export type GoalMetricKind = 'grossMarginPct' | 'grossProfit'

export interface GoalMetric {
  kind: GoalMetricKind
  /** Absent: the portfolio. */
  featureId?: string
}

const KINDS: readonly GoalMetricKind[] = ['grossMarginPct', 'grossProfit']

function isKind(text: string | undefined): text is GoalMetricKind {
  return KINDS.includes(text as GoalMetricKind)
}

/** Parses `grossMarginPct`, `grossProfit`, `features/<id>/grossMarginPct` or `…/grossProfit`. */
export function parseGoalMetric(text: string): GoalMetric {
  const parts = text.trim().split('/')
  if (parts.length === 1 && isKind(parts[0])) return { kind: parts[0] }
  if (parts.length === 3 && parts[0] === 'features' && parts[1] && isKind(parts[2])) {
    return { kind: parts[2], featureId: parts[1] }
  }
  throw new Error(
    `goal metric '${text}': expected grossMarginPct, grossProfit, ` +
      'features/<id>/grossMarginPct or features/<id>/grossProfit',
  )
}

export function goalMetricPath(metric: GoalMetric): string {
  return metric.featureId === undefined
    ? metric.kind
    : `features/${metric.featureId}/${metric.kind}`
}

/** The metric's value in a month's result; null when undefined (no revenue, no such feature). */
export function readGoalMetric(
  result: Pick<ComputeResult, 'portfolio' | 'features'>,
  metric: GoalMetric,
): number | null {
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
