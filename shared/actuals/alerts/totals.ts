/**
 * Facts indexed for windowed sums: per subject (a feature, customer, cohort or driver), running
 * totals over the day range, so any window's sum is one subtraction, never a re-scan of its days.
 */
import type { FeatureDay } from '../facts'

/** Slot i holds the sum over days 0..i−1 of the range: length days + 1, slot 0 is 0. */
export type Running = Float64Array

export interface RunningTotals {
  cost: Running
  /** Days without revenue (null) add 0. */
  revenue: Running
  units: Running
}

/** Each driver's running cost (FeatureDay.drivers), by driver key. */
export type DriverTotals = ReadonlyMap<string, Running>

/** The days of the range and where each sits in it. */
export interface DayRange {
  days: readonly string[]
  position: ReadonlyMap<string, number>
}

export function dayRange(days: readonly string[]): DayRange {
  return { days, position: new Map(days.map((day, i) => [day, i])) }
}

interface DayRow {
  day: string
  units: number
  cost: number
  revenue: number | null
}

/** Per subject (`keyOf`), the running totals of its rows; rows outside the range are not read. */
export function totalsBy<R extends DayRow>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  range: DayRange,
): Map<string, RunningTotals> {
  const totals = new Map<string, RunningTotals>()
  const fresh = (): RunningTotals => ({
    cost: slots(range),
    revenue: slots(range),
    units: slots(range),
  })
  for (const row of rows) {
    const at = range.position.get(row.day)
    if (at === undefined) continue
    const key = keyOf(row)
    const subject = totals.get(key) ?? fresh()
    totals.set(key, subject)
    subject.cost[at + 1]! += row.cost
    subject.revenue[at + 1]! += row.revenue ?? 0
    subject.units[at + 1]! += row.units
  }
  for (const subject of totals.values()) Object.values(subject).forEach(cumulate)
  return totals
}

/** Per feature, each driver's running cost. */
export function driverTotalsBy(
  rows: readonly FeatureDay[],
  range: DayRange,
): Map<string, DriverTotals> {
  const totals = new Map<string, Map<string, Running>>()
  for (const row of rows) {
    const at = range.position.get(row.day)
    if (at === undefined) continue
    const drivers = totals.get(row.featureId) ?? new Map<string, Running>()
    totals.set(row.featureId, drivers)
    for (const key in row.drivers) {
      const running = drivers.get(key) ?? slots(range)
      drivers.set(key, running)
      running[at + 1]! += row.drivers[key]!
    }
  }
  for (const drivers of totals.values()) drivers.forEach(cumulate)
  return totals
}

const slots = (range: DayRange): Running => new Float64Array(range.days.length + 1)

/** Daily values (slot i + 1 holds day i) into running totals, in place. */
function cumulate(values: Running): void {
  for (let i = 1; i < values.length; i++) values[i]! += values[i - 1]!
}

/**
 * Whether the `days`-day window ending on day `end` lies inside the range: a window reaching
 * before the first day of data is incomplete, and the rules do not judge it.
 */
export const isComplete = (end: number, days: number): boolean => end - days + 1 >= 0

/** The sum over the window of `days` days ending on day `end`; the window must be complete. */
export const windowSum = (running: Running, end: number, days: number): number =>
  running[end + 1]! - running[end + 1 - days]!
