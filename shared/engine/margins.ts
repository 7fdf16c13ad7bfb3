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

/**
 * The least whole count ≥ ratio (customers, replicas). A ratio within float noise of a whole
 * number is that number: 3287.13/0.11 computes as 29883.000000000004, and 29,883 customers
 * do break even, so a bare Math.ceil would ask for one more.
 */
export function wholeCountAtLeast(ratio: number): number {
  const nearest = Math.round(ratio)
  return Math.abs(ratio - nearest) <= 1e-9 * Math.max(1, Math.abs(ratio))
    ? nearest
    : Math.ceil(ratio)
}
