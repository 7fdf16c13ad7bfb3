import type { ForecastBand, Percentiles } from '../simulation/types'
import { formatMoney, formatPct } from '../report/format'
import { formatFloorPct } from '../report/labels'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, floorLineStyle, palette, withAlpha } from './theme'

export type FanMetric = 'grossMarginPct' | 'grossProfit'

export interface OutcomeFanOptions {
  metric: FanMetric
  /** Drawn as a horizontal line on the margin fan; ignored for gross profit. */
  floorPct?: number
}

const bandColor = palette.accent
/** The outer band is a faint wash and the inner one darker, so the likelier half reads as the core. */
const outerAlpha = 0.14
const innerAlpha = 0.32

interface MetricLook {
  title: string
  format: (value: number | null) => string
  tickSettings: { ticksuffix?: string; tickformat?: string }
}

const looks: Record<FanMetric, MetricLook> = {
  grossMarginPct: {
    title: 'Gross margin (%)',
    format: (value) => formatPct(value),
    tickSettings: { ticksuffix: '%' },
  },
  grossProfit: {
    title: 'Gross profit per month ($)',
    format: (value) => formatMoney(value),
    tickSettings: { tickformat: '$~s' },
  },
}

/** A month's percentiles of the metric; null when no draw had revenue (no margin). */
function percentilesOf(band: ForecastBand, metric: FanMetric): Percentiles | null {
  return band[metric]
}

function deterministicOf(band: ForecastBand, metric: FanMetric): number | null {
  return band.deterministic[metric]
}

type PercentileKey = Exclude<keyof Percentiles, 'mean'>

/**
 * One band as two traces: the lower edge (drawn invisibly) and the upper edge filled down to it.
 * They share a legend entry, so hiding the band hides both.
 */
function bandTraces(
  forecast: ForecastBand[],
  metric: FanMetric,
  [lowKey, highKey]: [PercentileKey, PercentileKey],
  name: string,
  alpha: number,
): Trace[] {
  const months = forecast.map((band) => band.month)
  const edge = (key: PercentileKey) =>
    forecast.map((band) => percentilesOf(band, metric)?.[key] ?? null)
  const shared: Trace = {
    type: 'scatter',
    mode: 'lines',
    x: months,
    legendgroup: name,
    line: { width: 0, color: withAlpha(bandColor, alpha) },
    hoverinfo: 'skip',
  }
  return [
    { ...shared, name, showlegend: false, y: edge(lowKey) },
    {
      ...shared,
      name,
      y: edge(highKey),
      fill: 'tonexty',
      fillcolor: withAlpha(bandColor, alpha),
    },
  ]
}

function lineTrace(
  forecast: ForecastBand[],
  name: string,
  values: (number | null)[],
  format: (value: number | null) => string,
  dash: 'dash' | 'solid',
  color: string,
): Trace {
  return {
    type: 'scatter',
    mode: forecast.length > 1 ? 'lines' : 'markers',
    name,
    x: forecast.map((band) => band.month),
    y: values,
    text: values.map(format),
    line: { color, width: 2, dash },
    marker: { color, size: 7 },
    hovertemplate: `${name}: %{text}<extra></extra>`,
  }
}

/** The P5–P95 range of each month, for the hover (the band traces themselves skip it). */
function rangeHoverTrace(forecast: ForecastBand[], metric: FanMetric, look: MetricLook): Trace {
  const p = forecast.map((band) => percentilesOf(band, metric))
  return {
    type: 'scatter',
    mode: 'lines',
    name: 'P5–P95',
    showlegend: false,
    x: forecast.map((band) => band.month),
    y: p.map((percentiles) => percentiles?.p50 ?? null),
    line: { width: 0, color: 'rgba(0,0,0,0)' },
    text: p.map((percentiles) =>
      percentiles === null
        ? 'no revenue'
        : `${look.format(percentiles.p5)} to ${look.format(percentiles.p95)}`,
    ),
    hovertemplate: '90% of draws: %{text}<extra></extra>',
  }
}

function floorTrace(forecast: ForecastBand[], floorPct: number): Trace {
  const name = `Floor ${formatFloorPct(floorPct)}`
  return {
    type: 'scatter',
    mode: 'lines',
    name,
    x: forecast.map((band) => band.month),
    y: forecast.map(() => floorPct),
    line: floorLineStyle,
    hoverinfo: 'skip',
  }
}

/**
 * The forecast as a fan: where 90% and half of the draws land each month, the median dashed and
 * the plan itself (the scenario as computed, no range drawn) solid, so a reader sees how far luck
 * moves it.
 */
export function outcomeFanFigure(forecast: ForecastBand[], options: OutcomeFanOptions): Figure {
  const { metric } = options
  const look = looks[metric]
  const medians = forecast.map((band) => percentilesOf(band, metric)?.p50 ?? null)
  const plan = forecast.map((band) => deterministicOf(band, metric))
  const floor =
    metric === 'grossMarginPct' && options.floorPct !== undefined
      ? [floorTrace(forecast, options.floorPct)]
      : []
  return {
    data: [
      ...bandTraces(forecast, metric, ['p5', 'p95'], 'P5–P95 (90% of draws)', outerAlpha),
      ...bandTraces(forecast, metric, ['p25', 'p75'], 'P25–P75 (half of draws)', innerAlpha),
      rangeHoverTrace(forecast, metric, look),
      lineTrace(forecast, 'Median (P50)', medians, look.format, 'dash', palette.accent),
      lineTrace(forecast, 'Plan', plan, look.format, 'solid', palette.text),
      ...floor,
    ],
    layout: baseLayout({
      height: 360,
      hovermode: 'x unified',
      hoverdistance: -1,
      margin: { t: 8, b: 8 },
      xaxis: axis({
        type: 'date',
        tickformat: '%b %Y',
        hoverformat: '%b %Y',
        title: { text: 'Month' },
      }),
      yaxis: axis({ ...look.tickSettings, title: { text: look.title } }),
    }),
  }
}
