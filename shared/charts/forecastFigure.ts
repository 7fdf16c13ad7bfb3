import type { ForecastRow } from '../engine/results'
import { formatMoney, formatPct } from '../report/format'
import type { Figure, Trace } from './figure'
import { formatFloorPct } from '../report/labels'
import {
  axis,
  baseLayout,
  escapeText,
  floorLineStyle,
  palette,
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

/**
 * Margin on top, gross profit below: two stacked panels on one month axis read more plainly than
 * two y-axes. The margin panel stops short of the top so its title has a band of its own under
 * the legend (see the annotations).
 */
const marginDomain: [number, number] = [0.47, 0.93]
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

/** Points of headroom around the margin lines, so a flat line never sits on the plot's edge. */
const marginPadPts = 3

/** The margin panel's range: every scenario's margins and the floor, padded on both sides. */
export function marginRange(series: ForecastSeries[], floorPct: number): [number, number] {
  const margins = series.flatMap((s) =>
    s.forecast.flatMap((row) => (row.grossMarginPct === null ? [] : [row.grossMarginPct])),
  )
  return [
    Math.min(floorPct, ...margins) - marginPadPts,
    Math.max(floorPct, ...margins) + marginPadPts,
  ]
}

/**
 * A flat line's span is a tenth of its value, and at least this: a flat $0 padded by cents would
 * label its axis in milli-dollars ("$100m" for $0.10).
 */
const flatProfitPad = 10

/**
 * The profit panel's range: the lowest and highest month with a tenth of the span spare (of the
 * value, for a flat line), never dipping below zero when no month loses money.
 */
export function profitRange(series: ForecastSeries[]): [number, number] {
  const profits = series.flatMap((s) => s.forecast.map((row) => row.grossProfit))
  const low = Math.min(...profits)
  const high = Math.max(...profits)
  const pad = high > low ? (high - low) * 0.1 : Math.max(Math.abs(high) * 0.1, flatProfitPad)
  return [low >= 0 ? Math.max(0, low - pad) : low - pad, high + pad]
}

/** The longest forecast's months: scenarios share a start month and horizon, but be safe. */
function allMonths(series: ForecastSeries[]): string[] {
  return series.reduce<string[]>(
    (longest, s) => (s.forecast.length > longest.length ? s.forecast.map((r) => r.month) : longest),
    [],
  )
}

/**
 * Nothing to draw: no month of any scenario has revenue or costs (a blank workspace, or one with
 * no plan and cohort yet). Its lines would all sit at $0 with no margin.
 */
export function forecastIsEmpty(series: ForecastSeries[]): boolean {
  return series.every((s) => s.forecast.every((row) => row.revenue === 0 && row.cogs === 0))
}

/** A row of the legend, with its gap: 12px names on Plotly's line height. */
const legendRowPx = 28

/**
 * The figure's height: every scenario past the second may wrap the legend onto another row, which
 * takes its height from the panels; the figure grows by a row for each, so they keep theirs.
 */
export function forecastHeight(series: ForecastSeries[]): number {
  return 400 + legendRowPx * Math.max(0, series.length - 2)
}

/** Margin % and gross profit by month, one line per scenario, the portfolio floor dashed. */
export function buildForecastFigure({ series, floorPct }: ForecastInput): Figure {
  const months = allMonths(series)
  return {
    data: [...series.flatMap(seriesTraces), floorTrace(months, floorPct)],
    layout: baseLayout({
      height: forecastHeight(series),
      hovermode: 'x unified',
      // Months sit far apart: show the nearest one wherever the pointer is, not only within 20 px.
      hoverdistance: -1,
      // One label for both panels: each scenario's margin and gross profit that month.
      hoversubplots: 'axis',
      margin: { t: 32, b: 8 },
      // Above the plot, right-aligned: the first panel's title holds the left of that line.
      legend: {
        orientation: 'h',
        x: 1,
        xanchor: 'right',
        y: 1,
        yanchor: 'bottom',
        font: { size: 12, color: palette.text },
      },
      xaxis: axis({ type: 'date', anchor: 'y2', tickformat: '%b %Y', hoverformat: '%b %Y' }),
      yaxis: axis({
        domain: marginDomain,
        range: marginRange(series, floorPct),
        ticksuffix: '%',
      }),
      yaxis2: axis({
        domain: profitDomain,
        range: profitRange(series),
        tickformat: '$~s',
        zeroline: true,
      }),
      annotations: [
        // The margin panel's title hangs from the top of the plot area, where the legend
        // (anchored by its bottom to the same line) ends: however many rows long scenario names
        // wrap the legend into, it grows upwards, away from the title.
        panelTitle('Gross margin', 0, 1, 'top'),
        panelTitle('Gross profit per month', 0, profitDomain[1]),
      ],
    }),
  }
}
