/** Margin, ratio and zone rules shared by portfolio, features and cohorts (DESIGN.md §3). */
import type { Zone } from './results'

/** (revenue − cogs)/revenue·100; null without revenue. */
export const marginPct = (revenue: number, cogs: number): number | null =>
  revenue === 0 ? null : ((revenue - cogs) / revenue) * 100

/** numerator/denominator; null when the denominator is 0. */
export const ratioOrNull = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator

/** Below the floor red, below floor + band yellow, else green; no margin, no zone. */
export function zoneOf(margin: number | null, floorPct: number, yellowBandPts: number): Zone {
  if (margin === null) return 'none'
  if (margin < floorPct) return 'red'
  if (margin < floorPct + yellowBandPts) return 'yellow'
  return 'green'
}
