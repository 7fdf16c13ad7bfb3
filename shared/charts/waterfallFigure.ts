import type { Layers } from '../engine/results'
import { formatMoney, formatPct } from '../report/format'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, palette } from './theme'

export interface WaterfallInput {
  revenue: number
  layers: Layers
  grossProfit: number
}

export interface WaterfallStep {
  label: string
  measure: 'absolute' | 'relative' | 'total'
  /** Signed: costs are negative, so revenue plus every relative step equals gross profit. */
  value: number
}

/** §3 layer order, with the words a board reads. */
const layerLabels: [keyof Layers, string][] = [
  ['inference', 'Inference'],
  ['orchestration', 'Orchestration'],
  ['infrastructure', 'Infrastructure'],
  ['support', 'Support'],
  ['hidden', 'Hidden costs'],
  ['fixed', 'Fixed costs'],
  ['platform', 'Platform (non-AI)'],
]

/** Revenue, then each non-zero COGS layer as a deduction, then gross profit. */
export function waterfallSteps({ revenue, layers, grossProfit }: WaterfallInput): WaterfallStep[] {
  const costs = layerLabels
    .filter(([key]) => layers[key] !== 0)
    .map(([key, label]): WaterfallStep => ({ label, measure: 'relative', value: -layers[key] }))
  return [
    { label: 'Revenue', measure: 'absolute', value: revenue },
    ...costs,
    { label: 'Gross profit', measure: 'total', value: grossProfit },
  ]
}

function shareOfRevenue(value: number, revenue: number): string {
  return revenue === 0 ? '' : ` (${formatPct((Math.abs(value) / revenue) * 100)} of revenue)`
}

const rowHeightPx = 32

/** [low, high] of the running total, padded so labels past the bar ends are not clipped. */
export function waterfallRange(steps: WaterfallStep[]): [number, number] {
  let running = 0
  const levels = [0]
  for (const step of steps) {
    if (step.measure === 'absolute') running = step.value
    else if (step.measure === 'relative') running += step.value
    levels.push(running)
  }
  const low = Math.min(...levels)
  const high = Math.max(...levels)
  const pad = Math.max(high - low, 1) * 0.22
  return [low < 0 ? low - pad : 0, high + pad]
}

/** Horizontal, top to bottom like a P&L statement, so the layer names never need rotating. */
export function buildWaterfallFigure(input: WaterfallInput): Figure {
  const steps = waterfallSteps(input)
  const trace: Trace = {
    type: 'waterfall',
    orientation: 'h',
    y: steps.map((s) => s.label),
    // Plotly computes a total bar itself; its entry is ignored, so 0 keeps the trace honest.
    x: steps.map((s) => (s.measure === 'total' ? 0 : s.value)),
    measure: steps.map((s) => s.measure),
    text: steps.map((s) => formatMoney(s.value)),
    textposition: 'outside',
    constraintext: 'none',
    cliponaxis: false,
    textfont: { color: palette.text, size: 12 },
    hovertext: steps.map(
      (s) =>
        `<b>${s.label}</b><br>${formatMoney(s.value)}` +
        (s.measure === 'absolute' ? '' : shareOfRevenue(s.value, input.revenue)),
    ),
    hovertemplate: '%{hovertext}<extra></extra>',
    connector: { line: { color: palette.border, width: 1, dash: 'dot' } },
    increasing: { marker: { color: palette.accent } },
    decreasing: { marker: { color: palette.cost } },
    totals: { marker: { color: palette.accent } },
  }
  return {
    data: [trace],
    layout: baseLayout({
      height: steps.length * rowHeightPx + 48,
      showlegend: false,
      margin: { t: 8, b: 8, r: 24 },
      xaxis: axis({ tickformat: '$~s', range: waterfallRange(steps) }),
      yaxis: axis({
        type: 'category',
        autorange: 'reversed',
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
      }),
    }),
  }
}
