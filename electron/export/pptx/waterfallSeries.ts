/**
 * The margin waterfall as stacked columns, the usual way in PowerPoint: each step floats on an
 * invisible base series. A step that crosses zero (costs above revenue) stacks up from zero and
 * down from zero at once, so every visible kind has an above-zero and a below-zero series.
 */
import type { WaterfallStep } from '../../../shared/charts/waterfallFigure'

export interface WaterfallSeries {
  name: string
  /** 'base' is drawn without fill; totals (revenue, gross profit) and costs take their colours. */
  kind: 'base' | 'total' | 'cost'
  values: number[]
}

interface Span {
  low: number
  high: number
}

/** Where each step's bar starts and ends on the value axis. */
export function stepSpans(steps: readonly WaterfallStep[]): Span[] {
  let running = 0
  return steps.map((step) => {
    const start = step.measure === 'relative' ? running : 0
    const end = step.measure === 'relative' ? running + step.value : step.value
    running = end
    return { low: Math.min(start, end), high: Math.max(start, end) }
  })
}

/** A bar from low to high as stacked parts: an invisible base, then what lies above and below 0. */
function stackedParts({ low, high }: Span): { base: number; above: number; below: number } {
  if (low >= 0) return { base: low, above: high - low, below: 0 }
  if (high <= 0) return { base: high, above: 0, below: low - high }
  return { base: 0, above: high, below: low }
}

export function waterfallSeries(steps: readonly WaterfallStep[]): WaterfallSeries[] {
  const parts = stepSpans(steps).map(stackedParts)
  const isCost = steps.map((step) => step.measure === 'relative')
  const only = (cost: boolean, part: 'above' | 'below') =>
    parts.map((p, index) => (isCost[index] === cost ? p[part] : 0))
  return [
    { name: 'Base', kind: 'base', values: parts.map((p) => p.base) },
    { name: 'Revenue and gross profit', kind: 'total', values: only(false, 'above') },
    { name: 'Revenue and gross profit below zero', kind: 'total', values: only(false, 'below') },
    { name: 'Costs', kind: 'cost', values: only(true, 'above') },
    { name: 'Costs below zero', kind: 'cost', values: only(true, 'below') },
  ]
}
