import { monthLabel } from '../engine/months'
import type { WorkspaceDoc } from '../model/types'
import { formatPct } from './format'

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

/** Month `month` of the workspace as people read it: "Mar 2027". */
export const monthName = (doc: WorkspaceDoc, month: number): string =>
  formatMonth(monthLabel(doc, month))

/** Every month of the forecast, labelled as the screens label them, for a month picker. */
export function forecastMonths(doc: WorkspaceDoc): { month: number; label: string }[] {
  return Array.from({ length: doc.horizonMonths }, (_, month) => ({
    month,
    label: monthName(doc, month),
  }))
}

/**
 * A long name as at most `maxLines` lines of about `lineChars` characters, broken between words,
 * the rest cut with "…". For axis labels, where a long scenario name would squeeze the plot.
 */
export function wrapWords(text: string, lineChars: number, maxLines = 2): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (current === '' || current.length + 1 + word.length <= lineChars) {
      current = current === '' ? word : `${current} ${word}`
    } else {
      lines.push(current)
      current = word
    }
  }
  if (current !== '') lines.push(current)
  if (lines.length <= maxLines) return lines.map((line) => cut(line, lineChars))
  const kept = lines.slice(0, maxLines)
  const last = kept[maxLines - 1] ?? ''
  kept[maxLines - 1] = withEllipsis(last.slice(0, Math.max(0, lineChars - 1)).trimEnd())
  return kept.map((line) => cut(line, lineChars))
}

/** A cut that would leave a bracket open reads as a typo: cut before the bracket instead. */
function withEllipsis(text: string): string {
  const open = text.lastIndexOf('(')
  const unclosed = open > 0 && !text.slice(open).includes(')')
  return `${unclosed ? text.slice(0, open).trimEnd() : text}…`
}

/** One line of at most `maxChars`, broken between words and cut with "…" (never inside a bracket). */
export function shorten(text: string, maxChars: number): string {
  return wrapWords(text, maxChars, 1).join('')
}

/** One word longer than a whole line. */
function cut(line: string, lineChars: number): string {
  return line.length <= lineChars ? line : `${line.slice(0, lineChars - 1)}…`
}

const dayNames = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
})

/** 'YYYY-MM-DD' → "Mar 5, 2026"; anything else is shown unchanged. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  return dayNames.format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  )
}
