import { formatPct } from '../format'

/**
 * Display text that format.ts does not cover: percentage-point gaps, floors and month names.
 * Kept beside the charts because the overview and chart hovers must word them identically.
 */

/** A floor as people type it: "55%", "52.5%". */
export function formatFloorPct(floorPct: number): string {
  return formatPct(floorPct, Number.isInteger(floorPct) ? 0 : 1)
}

/** The size of a gap in percentage points, sign dropped (the words say which side): "45.0 pts". */
export function formatPts(points: number): string {
  return `${Math.abs(points).toFixed(1)} pts`
}

/** "12.3 pts above its floor" / "45.0 pts below its floor". */
export function describeGapToFloor(marginPct: number, floorPct: number): string {
  const side = marginPct >= floorPct ? 'above' : 'below'
  return `${formatPts(marginPct - floorPct)} ${side} its ${formatFloorPct(floorPct)} floor`
}

const monthNames = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** 'YYYY-MM' (the engine's month label) → "Dec 2026"; anything else is shown unchanged. */
export function formatMonth(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth)
  if (!match) return yearMonth
  return monthNames.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)))
}
