/**
 * Which months of the forecast the workbook can compute with formulas, and the dated prices they
 * need. A formula cannot pick "the price point in force in month t", so the months are grouped
 * into price periods (one price point per model each) whose prices the workbook holds as values;
 * period 0 is the as-of month's, shown on the Models sheet. Months where the scenario has a
 * different set of overrides active (`fromMonth`) run on a different document than the input
 * sheets hold: the workbook shows the engine's value there and says so.
 */
import { isActiveAt } from '../../../shared/model/overrides'
import type { Model, Override, PricePoint, WorkspaceDoc } from '../../../shared/model/types'
import { firstDayOfMonth, monthLabel } from '../../../shared/engine/months'
import { indexInForce } from '../../../shared/engine/prices'

export interface PricePeriod {
  /** By model, in document order: the price point in force; undefined for a model without any. */
  points: (PricePoint | undefined)[]
  /** Forecast months computed at these prices. */
  months: number[]
}

export interface ForecastMonth {
  month: number
  label: string
  /** Index into `periods`; null when the month is the engine's value. */
  period: number | null
}

export interface ForecastPlan {
  periods: PricePeriod[]
  months: ForecastMonth[]
  /** The overrides active in some forecast month but not at the as-of month, or the reverse. */
  timedOverrides: Override[]
}

/** The index of the model's price point in force at `month` (DESIGN.md §3), as the engine picks it. */
export function pointInForce(model: Model, doc: WorkspaceDoc, month: number): number | undefined {
  return indexInForce(model.prices, firstDayOfMonth(doc, month))
}

const activeKey = (overrides: readonly Override[], month: number): string =>
  overrides.map((override) => (isActiveAt(override, month) ? '1' : '0')).join('')

/**
 * `docAsOf` is the document at the as-of month (overrides applied); `horizon` the forecast length
 * read at month 0, as the engine reads it.
 */
export function forecastPlan(
  docAsOf: WorkspaceDoc,
  overrides: readonly Override[],
  asOfMonth: number,
  horizon: number,
): ForecastPlan {
  const pointsAt = (month: number) =>
    docAsOf.models.map((model) => pointInForce(model, docAsOf, month))
  const asOfKey = activeKey(overrides, asOfMonth)
  const periodsByKey = new Map<string, number>()
  const periods: PricePeriod[] = []
  /** The period with these points in force, added when new. */
  const periodOf = (indexes: (number | undefined)[]): number => {
    const key = indexes.join(',')
    let index = periodsByKey.get(key)
    if (index === undefined) {
      index = periods.length
      periodsByKey.set(key, index)
      const points = indexes.map((point, m) =>
        point === undefined ? undefined : docAsOf.models[m]!.prices[point],
      )
      periods.push({ points, months: [] })
    }
    return index
  }
  periodOf(pointsAt(asOfMonth))
  const months: ForecastMonth[] = []
  const timed = new Set<Override>()
  for (let month = 0; month < horizon; month++) {
    const label = monthLabel(docAsOf, month)
    if (activeKey(overrides, month) !== asOfKey) {
      for (const override of overrides) {
        if (isActiveAt(override, month) !== isActiveAt(override, asOfMonth)) timed.add(override)
      }
      months.push({ month, label, period: null })
      continue
    }
    const period = periodOf(pointsAt(month))
    periods[period]!.months.push(month)
    months.push({ month, label, period })
  }
  return { periods, months, timedOverrides: overrides.filter((o) => timed.has(o)) }
}

/** "0–5, 9": a period's months as ranges. */
export function monthRanges(months: readonly number[]): string {
  const ranges: string[] = []
  let start = months[0]
  months.forEach((month, i) => {
    const next = months[i + 1]
    if (next === month + 1) return
    ranges.push(start === month ? `${month}` : `${start}–${month}`)
    start = next
  })
  return ranges.join(', ')
}
