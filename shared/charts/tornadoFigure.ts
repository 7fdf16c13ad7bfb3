import { formatNumber, formatPct } from '../report/format'
import type { Figure, Trace } from './figure'
import { formatPts } from '../report/labels'
import { axis, baseLayout, escapeText, palette } from './theme'

/** The fields of shared/engine/sensitivity.ts `TornadoBar` the chart reads (its bars fit as-is). */
export interface TornadoInputBar {
  label: string
  /** Null when the portfolio has no revenue at that end. */
  marginAtLow: number | null
  marginAtHigh: number | null
  swing: number
  /** The input's value at each end, shown in the hover when given. */
  lowValue?: number
  highValue?: number
}

export interface TornadoInput {
  baseMarginPct: number
  bars: TornadoInputBar[]
  /** How far each input was moved either way, for the legend ("Input −10%"). */
  swingPct?: number
}

export interface TornadoFigure extends Figure {
  /** Bars left out beyond the top N, for a "12 more inputs" note. */
  moreCount: number
}

export const defaultTornadoTopN = 15
const rowHeightPx = 28
const lowColor = '#e2a04f'
const highColor = palette.accent

/** Largest swing first; the first `topN` are drawn. */
export function topTornadoBars(bars: TornadoInputBar[], topN = defaultTornadoTopN) {
  const sorted = [...bars].sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing))
  return { shown: sorted.slice(0, topN), moreCount: Math.max(0, sorted.length - topN) }
}

function endLine(end: string, value: number | undefined, margin: number | null): string {
  const at = value === undefined ? '' : ` (${formatNumber(value, 4)})`
  return `${end}${at}: margin ${formatPct(margin)}`
}

function hoverText(bar: TornadoInputBar): string {
  return [
    `<b>${escapeText(bar.label)}</b>`,
    endLine('Low', bar.lowValue, bar.marginAtLow),
    endLine('High', bar.highValue, bar.marginAtHigh),
    `Swing ${formatPts(bar.swing)}`,
  ].join('<br>')
}

function sideNames(swingPct: number | undefined): [string, string] {
  if (swingPct === undefined) return ['Input at low value', 'Input at high value']
  const pct = formatNumber(swingPct, 1)
  return [`Input −${pct}%`, `Input +${pct}%`]
}

/** Bars drawn from the base margin to the margin at the input's low (or high) value. */
function sideTrace(
  name: string,
  color: string,
  bars: TornadoInputBar[],
  base: number,
  pick: (bar: TornadoInputBar) => number | null,
): Trace {
  const margins = bars.map(pick)
  return {
    type: 'bar',
    orientation: 'h',
    name,
    base,
    // A missing margin draws no bar rather than a bar to zero.
    x: margins.map((margin) => (margin === null ? null : margin - base)),
    y: bars.map((_, i) => i),
    marker: { color },
    text: margins.map((margin) => formatPct(margin)),
    textposition: 'outside',
    cliponaxis: false,
    textfont: { color: palette.muted, size: 11 },
    hovertext: bars.map(hoverText),
    hovertemplate: '%{hovertext}<extra></extra>',
  }
}

/** Sensitivity: how far each input moves the margin, largest swing on top, around the base. */
export function buildTornadoFigure(input: TornadoInput, topN = defaultTornadoTopN): TornadoFigure {
  const { shown, moreCount } = topTornadoBars(input.bars, topN)
  const base = input.baseMarginPct
  const values = [base, ...shown.flatMap((b) => [b.marginAtLow ?? base, b.marginAtHigh ?? base])]
  const [lowName, highName] = sideNames(input.swingPct)
  const low = Math.min(...values)
  const high = Math.max(...values)
  const pad = Math.max(high - low, 2) * 0.18
  return {
    moreCount,
    data: [
      sideTrace(lowName, lowColor, shown, base, (b) => b.marginAtLow),
      sideTrace(highName, highColor, shown, base, (b) => b.marginAtHigh),
    ],
    layout: baseLayout({
      height: Math.max(180, shown.length * rowHeightPx + 90),
      barmode: 'overlay',
      bargap: 0.3,
      margin: { t: 8, b: 8 },
      xaxis: axis({
        range: [low - pad, high + pad],
        ticksuffix: '%',
        title: { text: `Gross margin (vertical line: base ${formatPct(base)})` },
      }),
      yaxis: axis({
        autorange: 'reversed',
        tickmode: 'array',
        tickvals: shown.map((_, i) => i),
        ticktext: shown.map((b) => escapeText(b.label)),
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
        zeroline: false,
      }),
      shapes: [
        {
          type: 'line',
          xref: 'x',
          yref: 'paper',
          x0: base,
          x1: base,
          y0: 0,
          y1: 1,
          line: { color: palette.text, width: 1.5 },
        },
      ],
    }),
  }
}
