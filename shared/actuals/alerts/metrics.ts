/** The windowed metrics the rules compare (DESIGN.md §10), null where the window cannot say. */
import { marginPct, ratioOrNull } from '../../engine/margins'
import { isComplete, windowSum, type RunningTotals } from './totals'

/** A metric over the `days`-day window ending on day `end`: null when incomplete or undefined. */
export type WindowMetric = (totals: RunningTotals, end: number, days: number) => number | null

/** margin_w(d) = (Σ revenue − Σ cost)/Σ revenue · 100; null without revenue. */
export const windowMargin: WindowMetric = (totals, end, days) =>
  isComplete(end, days)
    ? marginPct(windowSum(totals.revenue, end, days), windowSum(totals.cost, end, days))
    : null

/** Σ cost ÷ Σ revenue; null without revenue. */
export const windowCostRatio: WindowMetric = (totals, end, days) =>
  isComplete(end, days)
    ? ratioOrNull(windowSum(totals.cost, end, days), windowSum(totals.revenue, end, days))
    : null

/** Σ cost ÷ Σ units; null without units. */
export const windowCostPerUnit: WindowMetric = (totals, end, days) =>
  isComplete(end, days)
    ? ratioOrNull(windowSum(totals.cost, end, days), windowSum(totals.units, end, days))
    : null

/** The metric one window earlier: the §10 trend of an alert opened on day `end`. */
export const oneWindowEarlier = (
  metric: WindowMetric,
  totals: RunningTotals,
  end: number,
  days: number,
): number | null => metric(totals, end - days, days)
