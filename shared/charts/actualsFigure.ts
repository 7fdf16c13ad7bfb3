/**
 * What the Actuals view's charts share: day and month axes, the margin axis with its floor, and
 * the rows of one feature. Every chart there plots `PeriodRow`s the service computed.
 */
import type { PeriodRow } from '../actuals/analysis/periodRows'
import { formatFloorPct } from '../report/labels'
import { axis, floorLineStyle } from './theme'
import type { LayoutAxis, Shape } from 'plotly.js'

/** The rows of one feature (or customer, cohort), in period order as the service sorts them. */
export const rowsOf = (rows: readonly PeriodRow[], id: string): PeriodRow[] =>
  rows.filter((row) => row.id === id)

/** Days on a date axis: "Oct 3" ticks, the full date on hover. */
export function dayAxis(overrides: Partial<LayoutAxis> = {}): Partial<LayoutAxis> {
  return axis({ type: 'date', tickformat: '%b %-d', hoverformat: '%b %-d, %Y', ...overrides })
}

/** Points of room around the margins, so a flat line or the floor never sits on the edge. */
const marginPadPts = 4

/** From the lowest to the highest margin or floor, padded; margins without revenue are skipped. */
export function marginRange(
  margins: readonly (number | null)[],
  floorPct: number,
  bandPts = 0,
): [number, number] {
  const known = margins.filter((margin): margin is number => margin !== null)
  return [
    Math.min(floorPct, ...known) - marginPadPts,
    Math.max(floorPct + bandPts, ...known) + marginPadPts,
  ]
}

/** A margin axis in percent; `range` from marginRange. */
export function marginAxis(
  range: [number, number],
  overrides: Partial<LayoutAxis> = {},
): Partial<LayoutAxis> {
  return axis({ range, ticksuffix: '%', zeroline: true, ...overrides })
}

/**
 * The floor as a dashed line across the whole plot, named in the legend with its value. A shape
 * spanning the plot, not a trace: it reaches the edges, and a single day or month still shows it.
 */
export function floorLine(floorPct: number, label = 'Floor'): Partial<Shape> {
  return {
    type: 'line',
    layer: 'above',
    xref: 'paper',
    yref: 'y',
    x0: 0,
    x1: 1,
    y0: floorPct,
    y1: floorPct,
    line: floorLineStyle,
    name: `${label} ${formatFloorPct(floorPct)}`,
    showlegend: true,
  }
}

/** Estimated revenue is named so on every chart that shows it (DESIGN.md §9). */
export const isEstimated = (rows: readonly PeriodRow[]): boolean =>
  rows.some((row) => row.revenueEstimated)
