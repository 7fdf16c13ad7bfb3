import type { Shape } from 'plotly.js'
import type { SelfHostResult } from '../engine/results'
import { isSelfHostCheaper } from '../engine/selfHost'
import { formatMoney, formatNumber } from '../report/format'
import type { Figure, Trace } from './figure'
import { formatMonth } from '../report/labels'
import { verticalMarkers, type VerticalMarker } from './markers'
import { zoneStyles } from '../report/zones'
import { axis, baseLayout, palette, withAlpha } from './theme'

export const apiCostColor = palette.accent
export const selfHostCostColor = '#d97a2b'
/** Green: the payback marker, and (see-through) the months self-host saves money. */
const cheaperColor = zoneStyles.green.color
/**
 * The bands' tint is the fill's own alpha, not the shape's opacity: the legend swatch keeps the
 * green instead of fading to grey.
 */
const cheaperTint = withAlpha(cheaperColor, 0.12)

/** 'Dec 2027' for a month index of the forecast, or null when it is null or outside it. */
export function selfHostMonthLabel(result: SelfHostResult, month: number | null): string | null {
  const row = month === null ? undefined : result.monthly[month]
  return row ? formatMonth(row.month) : null
}

/**
 * What the screen's cards call the two months; the chart's markers carry the same words, so the
 * card and the line it stands for visibly agree. "First": self-host is cheaper in that month, and
 * not in every month after it (a new replica can tip a month back to the API).
 */
export const firstCheaperTitle = 'Self-host first cheaper'
export const paybackTitle = 'Setup paid back'

/** The forecast months (indices) in which self-host costs no more than the API. */
export function cheaperMonths(result: SelfHostResult): number[] {
  return result.monthly.flatMap((m, t) => (isSelfHostCheaper(m) ? [t] : []))
}

/** Crossover and payback as marked months; one label when they coincide. */
export function selfHostMilestones(result: SelfHostResult): VerticalMarker[] {
  const { crossoverMonth, paybackMonth, monthly } = result
  const at = (month: number | null) => (month === null ? undefined : monthly[month]?.month)
  // Past the middle, a label reads leftwards from its line: rightwards it would leave the plot.
  const side = (month: number | null) =>
    month !== null && month > (monthly.length - 1) / 2 ? 'left' : 'right'
  const crossover = at(crossoverMonth)
  const payback = at(paybackMonth)
  if (crossover !== undefined && crossover === payback) {
    const label = `${firstCheaperTitle}, ${paybackTitle.toLowerCase()} ${formatMonth(crossover)}`
    return [{ x: crossover, label, labelSide: side(crossoverMonth) }]
  }
  const markers: VerticalMarker[] = []
  if (crossover !== undefined) {
    markers.push({
      x: crossover,
      label: `${firstCheaperTitle} ${formatMonth(crossover)}`,
      labelSide: side(crossoverMonth),
    })
  }
  if (payback !== undefined) {
    markers.push({
      x: payback,
      label: `${paybackTitle} ${formatMonth(payback)}`,
      labelTop: 0.9,
      color: cheaperColor,
      labelSide: side(paybackMonth),
    })
  }
  return markers
}

/**
 * The months self-host is cheaper, shaded, one band per run of them: they show at a glance that
 * the first cheaper month need not start an unbroken run. A band ends where the next month
 * begins (the step of its month), at the last month at the latest.
 */
export function cheaperBands(result: SelfHostResult): Partial<Shape>[] {
  const months = result.monthly.map((m) => m.month)
  const last = months.length - 1
  const runs: [number, number][] = []
  for (const t of cheaperMonths(result)) {
    const run = runs.at(-1)
    if (run !== undefined && run[1] === t - 1) run[1] = t
    else runs.push([t, t])
  }
  return runs
    .filter(([start]) => start < last)
    .map(([start, end], index) => ({
      type: 'rect',
      layer: 'below',
      xref: 'x',
      yref: 'paper',
      x0: months[start],
      x1: months[Math.min(end + 1, last)],
      y0: 0,
      y1: 1,
      fillcolor: cheaperTint,
      line: { width: 0 },
      name: 'Self-host cheaper',
      legendgroup: 'cheaper',
      showlegend: index === 0,
    }))
}

/** Headroom over the dearest month for the markers' labels, which hang from the top. */
const labelHeadroom = 1.2

/** From zero to the dearest month of either cost, with room above it for the marker labels. */
function costRange(result: SelfHostResult): [number, number] {
  const costs = result.monthly.flatMap((m) => [m.apiCost, m.selfHostCost])
  return [0, Math.max(1, ...costs) * labelHeadroom]
}

/**
 * API against self-host cost by month. Both are drawn as steps, each month's cost held across the
 * month: self-host only moves when a replica is added, and a straight API line between months
 * would cross the self-host steps mid-month, where no month's figures cross (the cards count whole
 * months). The replica count is in self-host's hover.
 */
export function buildSelfHostMonthlyFigure(result: SelfHostResult): Figure {
  const months = result.monthly.map((m) => m.month)
  const api: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'API cost',
    x: months,
    y: result.monthly.map((m) => m.apiCost),
    line: { color: apiCostColor, width: 2, shape: 'hv' },
    text: result.monthly.map((m) => formatMoney(m.apiCost)),
    hovertemplate: 'API %{text}<extra></extra>',
  }
  const selfHost: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'Self-host cost',
    x: months,
    y: result.monthly.map((m) => m.selfHostCost),
    line: { color: selfHostCostColor, width: 2, shape: 'hv' },
    text: result.monthly.map(
      (m) =>
        `${formatMoney(m.selfHostCost)} (${formatNumber(m.replicas, 0)} ${m.replicas === 1 ? 'replica' : 'replicas'})`,
    ),
    hovertemplate: 'Self-host %{text}<extra></extra>',
  }
  const marks = verticalMarkers(selfHostMilestones(result))
  return {
    data: [api, selfHost],
    layout: baseLayout({
      height: 340,
      hovermode: 'x unified',
      // Months sit far apart: show the nearest one wherever the pointer is, not only within 20 px.
      hoverdistance: -1,
      margin: { t: 8, b: 8 },
      xaxis: axis({ type: 'date', tickformat: '%b %Y', hoverformat: '%b %Y' }),
      yaxis: axis({
        tickformat: '$~s',
        range: costRange(result),
        title: { text: 'Cost per month' },
      }),
      shapes: [...cheaperBands(result), ...marks.shapes],
      annotations: marks.annotations,
    }),
  }
}
