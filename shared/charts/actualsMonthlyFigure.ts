import type { PeriodRow } from '../actuals/analysis/periodRows'
import { formatNumber, formatPct } from '../report/format'
import { formatMonth } from '../report/labels'
import { zoneStyles, zoneText } from '../report/zones'
import { floorLine, marginAxis, marginRange, rowsOf } from './actualsFigure'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, palette } from './theme'
import { daysInMonth } from '../actuals/days'

export interface MonthlyInput {
  /** `series.monthly`: by feature and month. */
  rows: readonly PeriodRow[]
  featureId: string
  floorPct: number
}

/** "Oct 2026", and how much of it the window holds when it cuts the month. */
function monthLabel(row: PeriodRow): string {
  const days = daysInMonth(row.period)
  const month = formatMonth(row.period)
  return row.days < days ? `${month} (${row.days} of ${days} days)` : month
}

/**
 * (d) One feature's months: units as bars on the right axis, the margin as a line on the left
 * with each month's point in its zone's colour, and the feature's floor dashed.
 */
export function buildMonthlyFigure({ rows, featureId, floorPct }: MonthlyInput): Figure {
  const months = rowsOf(rows, featureId)
  const x = months.map((row) => row.period)
  const units: Trace = {
    type: 'bar',
    name: 'Units',
    x,
    y: months.map((row) => row.units),
    yaxis: 'y2',
    marker: { color: palette.accentSoft },
    text: months.map((row) => `${monthLabel(row)}: ${formatNumber(row.units, 0)} units`),
    textposition: 'none',
    hovertemplate: '%{text}<extra></extra>',
  }
  const margin: Trace = {
    type: 'scatter',
    mode: months.length > 1 ? 'lines+markers' : 'markers',
    name: 'Gross margin',
    x,
    y: months.map((row) => row.grossMarginPct),
    line: { color: palette.text, width: 2 },
    marker: { color: months.map((row) => zoneStyles[row.zone].color), size: 10 },
    text: months.map(
      (row) => `${monthLabel(row)}: ${formatPct(row.grossMarginPct)} (${zoneText(row.zone)})`,
    ),
    hovertemplate: '%{text}<extra></extra>',
  }
  return {
    data: [units, margin],
    layout: baseLayout({
      height: 280,
      margin: { t: 32 },
      bargap: 0.45,
      xaxis: axis({
        type: 'category',
        tickmode: 'array',
        tickvals: x,
        ticktext: x.map(formatMonth),
      }),
      yaxis: marginAxis(
        marginRange(
          months.map((row) => row.grossMarginPct),
          floorPct,
        ),
      ),
      shapes: [floorLine(floorPct)],
      yaxis2: axis({
        overlaying: 'y',
        side: 'right',
        rangemode: 'tozero',
        showgrid: false,
        // Plotly would put an overlaying axis's ticks on the margin axis's grid lines, at
        // unround unit counts ("644.851"): its own round ticks instead.
        tickmode: 'auto',
        nticks: 5,
        tickformat: '~s',
        title: { text: 'Units' },
      }),
    }),
  }
}
