import type { Annotations, Config, Layout, LayoutAxis } from 'plotly.js'

/**
 * Chart colours. Plotly draws into SVG attributes, which cannot read CSS variables, so the palette
 * lives here; charts.css declares the same values as the `var(--…, fallback)` defaults.
 */
export const palette = {
  text: '#1f2933',
  muted: '#61707f',
  border: '#e3e8ee',
  grid: '#edf1f5',
  accent: '#2459c9',
  accentSoft: '#8fa9df',
  cost: '#d98b7e',
  card: '#ffffff',
} as const

/** Distinguishable, calm series colours for scenarios and other categorical lines. */
const seriesColors = [
  '#2459c9',
  '#d97a2b',
  '#2a9d8f',
  '#8e5bb5',
  '#c2477a',
  '#6b7d8f',
  '#a68a1f',
  '#3a8fd1',
] as const

export function seriesColor(index: number): string {
  return seriesColors[index % seriesColors.length] ?? palette.accent
}

/** A '#rrggbb' colour see-through at `alpha`, as Plotly's 'rgba(r, g, b, a)'. */
export function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}

export const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'

/** Axis defaults: light grid, no heavy lines, tick labels in the muted colour. */
export function axis(overrides: Partial<LayoutAxis> = {}): Partial<LayoutAxis> {
  return {
    gridcolor: palette.grid,
    zerolinecolor: palette.border,
    linecolor: palette.border,
    tickcolor: palette.border,
    tickfont: { color: palette.muted, size: 11 },
    automargin: true,
    fixedrange: true,
    ...overrides,
  }
}

/**
 * A log or linear x axis. On a wide log axis Plotly labels every minor tick ($60 $70 $80…) into a
 * smear, so labels are kept to the 1-2-5 steps.
 */
export function scaleAxis(logX: boolean): Partial<LayoutAxis> {
  return logX ? { type: 'log', dtick: 'D2' } : { type: 'linear' }
}

/** The shared look of every chart; callers pass what differs (axes, shapes, height, margins). */
export function baseLayout(overrides: Partial<Layout> = {}): Partial<Layout> {
  const { margin, ...rest } = overrides
  return {
    font: { family: fontFamily, size: 12, color: palette.text },
    paper_bgcolor: 'rgba(0,0,0,0)',
    plot_bgcolor: 'rgba(0,0,0,0)',
    autosize: true,
    hovermode: 'closest',
    hoverlabel: {
      bgcolor: palette.card,
      bordercolor: palette.border,
      font: { family: fontFamily, size: 12, color: palette.text },
    },
    legend: {
      orientation: 'h',
      x: 0,
      xanchor: 'left',
      y: 1.02,
      yanchor: 'bottom',
      font: { size: 11, color: palette.muted },
    },
    // Plotly backs the mode bar with a half-opaque box that reads as a stray grey square on the card.
    modebar: { bgcolor: 'rgba(0,0,0,0)', color: palette.muted, activecolor: palette.accent },
    xaxis: axis(),
    yaxis: axis(),
    margin: { l: 8, r: 16, t: 8, b: 8, pad: 4, ...margin },
    ...rest,
  }
}

/**
 * A horizontal legend at the bottom edge of the figure, for figures whose top is taken by panel
 * titles. Placed in container units, so it stays clear of the tick labels whatever the height;
 * the figure's bottom margin must leave it `legendBelowPx`.
 */
export function legendBelow(): Partial<Layout['legend']> {
  return {
    orientation: 'h',
    x: 0,
    xref: 'container',
    y: 0,
    yref: 'container',
    yanchor: 'bottom',
    font: { size: 12, color: palette.muted },
  }
}

export const legendBelowPx = 36

/** The dashed line every chart uses for a margin floor. */
export const floorLineStyle = { color: palette.muted, width: 1.5, dash: 'dash' } as const

/**
 * A small bold heading above one panel of a multi-panel figure, its bottom-left at (x, y) paper;
 * with `yanchor: 'top'`, its top-left, hanging below y.
 */
export function panelTitle(
  text: string,
  x: number,
  y: number,
  yanchor: 'top' | 'bottom' = 'bottom',
): Partial<Annotations> {
  return {
    xref: 'paper',
    yref: 'paper',
    x,
    y,
    xanchor: 'left',
    yanchor,
    text: `<b>${text}</b>`,
    showarrow: false,
    font: { size: 12, color: palette.muted },
  }
}

/** Plotly renders hover and label text as a subset of HTML: user-typed names must be escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Axes are fixed (no drag-zoom: charts redraw on every keystroke and a stray drag would hide data),
 * so the mode bar keeps only the camera, for a crisp PNG to paste into a deck. Plotly 4's "Share
 * chart" button would upload the figure — confidential financials — to Plotly Cloud: removed.
 */
export const plotConfig: Partial<Config> = {
  displaylogo: false,
  responsive: true,
  displayModeBar: 'hover',
  modeBarButtonsToRemove: [
    'zoom2d',
    'resetScale2d',
    'select2d',
    'lasso2d',
    'pan2d',
    'zoomIn2d',
    'zoomOut2d',
    'autoScale2d',
    'toggleSpikelines',
    'hoverClosestCartesian',
    'hoverCompareCartesian',
    'sendChartToCloud',
  ],
  showSendToCloud: false,
  showEditInChartStudio: false,
}
