/**
 * A chart on the report page: a sized box and its figure as JSON beside it. The figure comes from
 * the same shared/charts builder the screen uses; drawScript draws every box once Plotly loads.
 */
import type { Figure } from '../../../shared/charts/figure'
import { contentHeightPx } from './pageGeometry'
import { escapeHtml, jsonForScript } from './escape'

/** Plotly's default height, for a figure that does not set one. */
const defaultHeightPx = 400

/** The box's height: the figure's own, never more than a page, which would split it. */
export function chartHeightPx(figure: Figure): number {
  return Math.min(figure.layout.height ?? defaultHeightPx, contentHeightPx)
}

/** `label` says what the chart shows, for screen readers of the tagged PDF. */
export function chartHtml(figure: Figure, label: string): string {
  return `<figure class="chart" role="img" aria-label="${escapeHtml(label)}">
<div class="chart-plot" style="height:${chartHeightPx(figure)}px"></div>
<script type="application/json" class="chart-figure">${jsonForScript(figure)}</script>
</figure>`
}
