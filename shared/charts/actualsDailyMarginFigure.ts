import type { Shape } from 'plotly.js'
import type { PeriodRow } from '../actuals/analysis/periodRows'
import { formatPct } from '../report/format'
import { formatDay } from '../report/labels'
import { groupByZone, zoneStyles, zoneText } from '../report/zones'
import { dayAxis, floorLine, marginAxis, marginRange, rowsOf } from './actualsFigure'
import type { Figure, Trace } from './figure'
import { baseLayout, palette, withAlpha } from './theme'

export interface DailyMarginInput {
  /** `series.dailyMargin`: by feature and day. */
  rows: readonly PeriodRow[]
  featureId: string
  floorPct: number
  yellowBandPts: number
}

/** A horizontal band across the plot between two margins, tinted in a zone's colour. */
function band(y0: number, y1: number, color: string): Partial<Shape> {
  return {
    type: 'rect',
    layer: 'below',
    xref: 'paper',
    yref: 'y',
    x0: 0,
    x1: 1,
    y0,
    y1,
    fillcolor: withAlpha(color, 0.07),
    line: { width: 0 },
  }
}

/**
 * The zones behind the line: red under the floor, yellow in the band above it, green over that;
 * a point reads against its zone without a legend lookup.
 */
export function zoneBands(
  [low, high]: [number, number],
  floorPct: number,
  yellowBandPts: number,
): Partial<Shape>[] {
  const top = floorPct + yellowBandPts
  return [
    band(low, floorPct, zoneStyles.red.color),
    band(floorPct, top, zoneStyles.yellow.color),
    band(top, high, zoneStyles.green.color),
  ]
}

/**
 * (b) One feature's daily margin against its floor: a muted line through the days, each day's
 * point in its zone's colour (one trace per zone, so the legend names them), on zone bands.
 */
export function buildDailyMarginFigure({
  rows,
  featureId,
  floorPct,
  yellowBandPts,
}: DailyMarginInput): Figure {
  const days = rowsOf(rows, featureId)
  const x = days.map((row) => row.period)
  const range = marginRange(
    days.map((row) => row.grossMarginPct),
    floorPct,
    yellowBandPts,
  )
  const path: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'Gross margin',
    showlegend: false,
    x,
    y: days.map((row) => row.grossMarginPct),
    line: { color: palette.muted, width: 1.5 },
    hoverinfo: 'skip',
  }
  const points = groupByZone(
    days.filter((row) => row.grossMarginPct !== null),
    (row) => row.zone,
  ).map(([zone, inZone]): Trace => ({
    type: 'scatter',
    mode: 'markers',
    name: zoneText(zone),
    x: inZone.map((row) => row.period),
    y: inZone.map((row) => row.grossMarginPct),
    marker: { color: zoneStyles[zone].color, size: 7 },
    text: inZone.map(
      (row) => `${formatDay(row.period)}: ${formatPct(row.grossMarginPct)} (${zoneText(zone)})`,
    ),
    hovertemplate: '%{text}<extra></extra>',
  }))
  return {
    data: [path, ...points],
    layout: baseLayout({
      height: 280,
      margin: { t: 32 },
      xaxis: dayAxis(),
      yaxis: marginAxis(range),
      shapes: [...zoneBands(range, floorPct, yellowBandPts), floorLine(floorPct)],
    }),
  }
}
