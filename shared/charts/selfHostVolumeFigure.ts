import type { SelfHostVolumeCurve, VolumePoint } from '../engine/selfHostCurve'
import { formatCompact, formatMoney, formatNumber } from '../report/format'
import type { Figure, Trace } from './figure'
import { verticalMarkers } from './markers'
import { apiCostColor, selfHostCostColor } from './selfHostMonthlyFigure'
import { axis, baseLayout, scaleAxis, palette } from './theme'

/** Orders of magnitude, not a linear sweep from zero (which a linear axis shows best). */
const logSpreadRatio = 1000

/** Log volume when the curve spans orders of magnitude; a log axis cannot show zero, so it drops it. */
export function volumeAxis(points: VolumePoint[]): { logX: boolean; shown: VolumePoint[] } {
  const positive = points.filter((p) => p.tokens > 0)
  const xs = positive.map((p) => p.tokens)
  const logX = xs.length > 1 && Math.max(...xs) / Math.min(...xs) >= logSpreadRatio
  return { logX, shown: logX ? positive : points }
}

export function crossoverLabel(curve: SelfHostVolumeCurve): string | null {
  const { crossoverMonthlyTokens: tokens, crossoverMonthlyApiSpend: spend } = curve
  if (tokens === null || spend === null) return null
  return `Crossover: ${formatMoney(spend)}/month API spend (${formatCompact(tokens)} tokens)`
}

/** API and self-host cost by monthly token volume, the crossover volume marked. */
export function buildSelfHostVolumeFigure(curve: SelfHostVolumeCurve): Figure {
  const { logX, shown } = volumeAxis(curve.points)
  const tokens = shown.map((p) => p.tokens)
  const volumeText = shown.map((p) => `${formatCompact(p.tokens)} tokens`)
  const api: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'API cost',
    x: tokens,
    y: shown.map((p) => p.apiCost),
    line: { color: apiCostColor, width: 2 },
    text: shown.map((p, i) => `${volumeText[i]}: API ${formatMoney(p.apiCost)}`),
    hovertemplate: '%{text}<extra></extra>',
  }
  const selfHost: Trace = {
    type: 'scatter',
    mode: 'lines',
    name: 'Self-host cost',
    x: tokens,
    y: shown.map((p) => p.selfHostCost),
    line: { color: selfHostCostColor, width: 2, shape: 'hv' },
    text: shown.map(
      (p, i) =>
        `${volumeText[i]}: self-host ${formatMoney(p.selfHostCost)} (${formatNumber(p.replicas, 0)} ${p.replicas === 1 ? 'replica' : 'replicas'})`,
    ),
    hovertemplate: '%{text}<extra></extra>',
  }
  const label = crossoverLabel(curve)
  const crossover =
    label === null || curve.crossoverMonthlyTokens === null
      ? []
      : [{ x: curve.crossoverMonthlyTokens, y: curve.crossoverMonthlyApiSpend ?? 0, label }]
  const crossoverPoint: Trace[] = crossover.map((c) => ({
    type: 'scatter',
    mode: 'markers',
    name: 'Crossover',
    x: [c.x],
    y: [c.y],
    marker: { color: palette.text, size: 9, symbol: 'diamond' },
    hovertemplate: `${c.label}<extra></extra>`,
  }))
  const marks = verticalMarkers(
    crossover.map((c) => ({ x: c.x, label: c.label })),
    logX,
  )
  return {
    data: [api, selfHost, ...crossoverPoint],
    layout: baseLayout({
      height: 340,
      hovermode: 'closest',
      margin: { t: 8, b: 8 },
      xaxis: axis({
        ...scaleAxis(logX),
        exponentformat: 'B',
        title: { text: `Monthly tokens${logX ? ' (log scale)' : ''}` },
      }),
      yaxis: axis({ tickformat: '$~s', rangemode: 'tozero', title: { text: 'Cost per month' } }),
      shapes: marks.shapes,
      annotations: marks.annotations,
    }),
  }
}
