import type { ForecastRow } from '../../../shared/engine/results'
import { formatMoney, formatPct } from '../format'
import type { Figure, Trace } from './figure'
import { formatFloorPct } from './labels'
import {
  axis,
  baseLayout,
  escapeText,
  floorLineStyle,
  legendBelow,
  panelTitle,
  seriesColor,
} from './theme'

export interface ForecastSeries {
  name: string
  forecast: ForecastRow[]
}

export interface ForecastInput {
  series: ForecastSeries[]
  floorPct: number
}

/** Margin on top, gross profit below: two stacked panels on one month axis read more plainly than two y-axes. */
const marginDomain: [number, number] = [0.47, 1]
const profitDomain: [number, number] = [0, 0.37]

function seriesTraces({ name, forecast }: ForecastSeries, index: number): Trace[] {
  const color = seriesColor(index)
  const label = escapeText(name)
  const months = forecast.map((row) => row.month)
  const shared: Trace = {
    type: 'scatter',
    mode: forecast.length > 1 ? 'lines' : 'markers',
    name,
    legendgroup: `series-${index}`,
    x: months,
    line: { color, width: 2 },
    marker: { color, size: 7 },
    hovertemplate: `${label}: %{text}<extra></extra>`,
  }
  return [
    {
      ...shared,
      y: forecast.map((row) => row.grossMarginPct),
      text: forecast.map((row) => formatPct(row.grossMarginPct)),
      yaxis: 'y',
    },
    {
      ...shared,
      showlegend: false,
      y: forecast.map((row) => row.grossProfit),
      text: forecast.map((row) => formatMoney(row.grossProfit)),
      yaxis: 'y2',
    },
  ]
}

function floorTrace(months: string[], floorPct: number): Trace {
  const label = `Portfolio floor ${formatFloorPct(floorPct)}`
  return {
    type: 'scatter',
    mode: 'lines',
    name: label,
    x: months,
    y: months.map(() => floorPct),
    yaxis: 'y',
    line: floorLineStyle,
    hovertemplate: `${label}<extra></extra>`,
  }
}

/** The longest forecast's months: scenarios share a start month and horizon, but be safe. */
function allMonths(series: ForecastSeries[]): string[] {
  return series.reduce<string[]>(
    (longest, s) => (s.forecast.length > longest.length ? s.forecast.map((r) => r.month) : longest),
    [],
  )
}

/** Margin % and gross profit by month, one line per scenario, the portfolio floor dashed. */
export function buildForecastFigure({ series, floorPct }: ForecastInput): Figure {
  const months = allMonths(series)
  return {
    data: [...series.flatMap(seriesTraces), floorTrace(months, floorPct)],
    layout: baseLayout({
      height: 400,
      hovermode: 'x unified',
      // Months sit far apart: show the nearest one wherever the pointer is, not only within 20 px.
      hoverdistance: -1,
      // One label for both panels: each scenario's margin and gross profit that month.
      hoversubplots: 'axis',
      margin: { t: 24, b: 8 },
      // Below the axis: above it, the legend would collide with the first panel's title.
      legend: legendBelow(-0.1),
      xaxis: axis({ type: 'date', anchor: 'y2', tickformat: '%b %Y', hoverformat: '%b %Y' }),
      yaxis: axis({ domain: marginDomain, ticksuffix: '%' }),
      yaxis2: axis({ domain: profitDomain, tickformat: '$~s', zeroline: true }),
      annotations: [
        panelTitle('Gross margin', 0, marginDomain[1]),
        panelTitle('Gross profit per month', 0, profitDomain[1]),
      ],
    }),
  }
}
