import type { SelfHostResult } from '../engine/results'
import { formatMoney, formatNumber } from '../report/format'
import type { Figure, Trace } from './figure'
import { formatMonth } from '../report/labels'
import { verticalMarkers, type VerticalMarker } from './markers'
import { axis, baseLayout, palette } from './theme'

export const apiCostColor = palette.accent
export const selfHostCostColor = '#d97a2b'

/** 'Dec 2027' for a month index of the forecast, or null when it is null or outside it. */
export function selfHostMonthLabel(result: SelfHostResult, month: number | null): string | null {
  const row = month === null ? undefined : result.monthly[month]
  return row ? formatMonth(row.month) : null
}

/** Crossover and payback as marked months; one label when they coincide. */
export function selfHostMilestones(result: SelfHostResult): VerticalMarker[] {
  const { crossoverMonth, paybackMonth, monthly } = result
  const at = (month: number | null) => (month === null ? undefined : monthly[month]?.month)
  const crossover = at(crossoverMonth)
  const payback = at(paybackMonth)
  if (crossover !== undefined && crossover === payback) {
    return [{ x: crossover, label: `Crossover and payback ${formatMonth(crossover)}` }]
  }
  const markers: VerticalMarker[] = []
  if (crossover !== undefined)
    markers.push({ x: crossover, label: `Crossover ${formatMonth(crossover)}` })
  if (payback !== undefined) {
    markers.push({
      x: payback,
      label: `Payback ${formatMonth(payback)}`,
      labelTop: 0.9,
      color: '#2e7d32',
    })
  }
  return markers
}

/**
 * API against self-host cost by month. Self-host cost is drawn as steps (it only moves when a replica
 * is added); the replica count is in its hover.
 */
export function buildSelfHostMonthlyFigure(result: SelfHostResult): Figure {
  const months = result.monthly.map((m) => m.month)
  const api: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'API cost',
    x: months,
    y: result.monthly.map((m) => m.apiCost),
    line: { color: apiCostColor, width: 2 },
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
      yaxis: axis({ tickformat: '$~s', rangemode: 'tozero', title: { text: 'Cost per month' } }),
      shapes: marks.shapes,
      annotations: marks.annotations,
    }),
  }
}
