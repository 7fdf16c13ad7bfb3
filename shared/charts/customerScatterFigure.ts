import type { Annotations, Shape } from 'plotly.js'
import type { CohortResult, Zone } from '../engine/results'
import { formatMoney, formatNumber, formatPct } from '../report/format'
import { cohortFlagText } from './cohortFlags'
import type { Figure, Trace } from './figure'
import { formatFloorPct } from '../report/labels'
import { verticalLine } from './markers'
import { axis, baseLayout, scaleAxis, escapeText, palette } from './theme'
import { zoneOf } from '../engine/margins'
import { PORTFOLIO_YELLOW_BAND_PTS } from '../model/defaults'
import { groupByZone, zoneStyles, zoneText } from '../report/zones'

export interface CustomerScatterInput {
  cohorts: CohortResult[]
  /** Display names by cohort id. */
  names: Record<string, string>
  /** The y threshold: the portfolio floor. */
  floorPct: number
  /** The x threshold; defaults to `halfwaySplit` of the plotted cohorts' revenue per customer. */
  revenueThreshold?: number
}

export interface CustomerScatterFigure extends Figure {
  /** Names of cohorts with no margin to plot (no revenue or no customers). */
  unplotted: string[]
}

export interface ScatterThresholds {
  revenuePerCustomer: number
  marginPct: number
  /** Log x when revenue per customer spans more than this ratio: otherwise small cohorts pile up at 0. */
  logX: boolean
}

const logSpreadRatio = 20
const bubbleMinPx = 12
const bubbleMaxPx = 48

interface Point {
  cohort: CohortResult
  x: number
  y: number
}

/**
 * Revenue per customer splitting the cohorts into a lower and an upper half, midway between the
 * highest of the one and the lowest of the other (geometrically on a log axis). Unlike the median,
 * it never runs through a bubble: with an odd count the middle cohort counts as high revenue.
 */
export function halfwaySplit(values: number[], logX: boolean): number {
  const sorted = [...values].sort((a, b) => a - b)
  const upper = Math.floor(sorted.length / 2)
  const high = sorted[upper] ?? 0
  const low = sorted[upper - 1] ?? high
  return logX ? Math.sqrt(low * high) : (low + high) / 2
}

function plottable(cohorts: CohortResult[]): Point[] {
  return cohorts.flatMap((cohort) =>
    cohort.revenuePerCustomer === null || cohort.grossMarginPct === null
      ? []
      : [{ cohort, x: cohort.revenuePerCustomer, y: cohort.grossMarginPct }],
  )
}

export function scatterThresholds(input: CustomerScatterInput): ScatterThresholds {
  const xs = plottable(input.cohorts).map((p) => p.x)
  const positive = xs.length > 0 && xs.every((x) => x > 0)
  const logX = positive && Math.max(...xs) / Math.min(...xs) >= logSpreadRatio
  return {
    revenuePerCustomer: input.revenueThreshold ?? halfwaySplit(xs, logX),
    marginPct: input.floorPct,
    logX,
  }
}

/** Bubble area grows with customers, so the square root keeps big cohorts from swamping the plot. */
export function bubbleSizes(customers: number[]): number[] {
  const most = Math.max(0, ...customers)
  return customers.map((c) =>
    most > 0
      ? bubbleMinPx + (bubbleMaxPx - bubbleMinPx) * Math.sqrt(Math.max(0, c) / most)
      : bubbleMinPx,
  )
}

function hoverText(point: Point, name: string): string {
  const { cohort } = point
  const lines = [
    `<b>${escapeText(name)}</b>`,
    `Revenue per customer ${formatMoney(cohort.revenuePerCustomer)}`,
    `Gross margin ${formatPct(cohort.grossMarginPct)}`,
    `Customers ${formatNumber(cohort.customers, 0)}`,
    `Cost to revenue ${formatNumber(cohort.costToRevenue, 2)}`,
  ]
  for (const flag of cohort.flags) lines.push(`⚑ ${cohortFlagText[flag]}`)
  return lines.join('<br>')
}

/** Axis ranges in Plotly's range units: log10 of the value on a log axis. */
function axisRanges(points: Point[], t: ScatterThresholds) {
  const toAxis = (v: number) => (t.logX ? Math.log10(v) : v)
  const xs = [...points.map((p) => p.x), t.revenuePerCustomer].filter((x) => !t.logX || x > 0)
  const xLow = Math.min(...xs.map(toAxis))
  const xHigh = Math.max(...xs.map(toAxis))
  const xPad = Math.max(xHigh - xLow, t.logX ? 1 : xHigh || 1) * 0.12
  const ys = [...points.map((p) => p.y), t.marginPct]
  const yLow = Math.min(...ys)
  const yHigh = Math.max(...ys)
  const ySpan = Math.max(yHigh - yLow, 20)
  const xRange: [number, number] = [t.logX || xLow < 0 ? xLow - xPad : 0, xHigh + xPad]
  return {
    x: xRange,
    /** The right edge as a data value, for shapes (which take data values even on a log axis). */
    xRightValue: t.logX ? 10 ** xRange[1] : xRange[1],
    // Headroom on top for the cohort labels drawn above the bubbles; a band at the bottom that
    // no bubble reaches, for the quadrant's label.
    y: [yLow - ySpan * 0.3, yHigh + ySpan * 0.2] as [number, number],
  }
}

/**
 * The x-axis title, which also names the threshold line (a label on the line would hit bubbles);
 * on two lines, so a half-width chart on a laptop screen shows it whole.
 */
function xAxisTitle(t: ScatterThresholds, isSplit: boolean): string {
  const scale = t.logX ? ', log scale' : ''
  const line = `${isSplit ? 'halfway split' : 'threshold'} ${formatMoney(t.revenuePerCustomer)}`
  return `Revenue per customer per month${scale}<br>dotted line: ${line}`
}

function quadrantMarks(
  t: ScatterThresholds,
  ranges: ReturnType<typeof axisRanges>,
): { shapes: Partial<Shape>[]; annotations: Partial<Annotations>[] } {
  const red = zoneStyles.red.color
  return {
    shapes: [
      {
        type: 'rect',
        layer: 'below',
        xref: 'x',
        yref: 'y',
        x0: t.revenuePerCustomer,
        x1: ranges.xRightValue,
        y0: ranges.y[0],
        y1: t.marginPct,
        fillcolor: red,
        opacity: 0.08,
        line: { width: 0 },
      },
      verticalLine(t.revenuePerCustomer, palette.muted),
      {
        type: 'line',
        xref: 'paper',
        yref: 'y',
        x0: 0,
        x1: 1,
        y0: t.marginPct,
        y1: t.marginPct,
        line: { color: palette.muted, width: 1.5, dash: 'dot' },
      },
    ],
    annotations: [
      // The quadrant's bottom-right corner, in the band below the lowest bubble (see axisRanges),
      // so neither a bubble nor a cohort label (drawn above its bubble) can cover it.
      {
        xref: 'paper',
        yref: 'y',
        x: 1,
        y: ranges.y[0],
        xanchor: 'right',
        yanchor: 'bottom',
        xshift: -4,
        yshift: 4,
        text: '<b>High revenue, low margin</b>',
        showarrow: false,
        bgcolor: 'rgba(255,255,255,0.85)',
        font: { color: red, size: 12 },
      },
      // In the right margin, where no bubble can cover it.
      {
        xref: 'paper',
        yref: 'y',
        x: 1,
        y: t.marginPct,
        xanchor: 'left',
        xshift: 6,
        text: `Floor<br>${formatFloorPct(t.marginPct)}`,
        align: 'left',
        showarrow: false,
        font: { color: palette.muted, size: 11 },
      },
    ],
  }
}

type LabelPosition = 'top left' | 'top center' | 'top right'

/**
 * A label centred over a bubble near either edge would run over the axis ticks or off the plot:
 * near the left it reads rightwards from the bubble, near the right leftwards.
 */
function labelPosition(x: number, range: [number, number], logX: boolean): LabelPosition {
  const at = ((logX ? Math.log10(x) : x) - range[0]) / (range[1] - range[0])
  if (at < 0.2) return 'top right'
  if (at > 0.8) return 'top left'
  return 'top center'
}

function zoneTrace(
  zone: Zone,
  points: Point[],
  names: Record<string, string>,
  positionOf: (p: Point) => LabelPosition,
): Trace {
  const nameOf = (p: Point) => names[p.cohort.id] ?? p.cohort.id
  return {
    type: 'scatter',
    mode: 'text+markers',
    name: zoneText(zone),
    x: points.map((p) => p.x),
    y: points.map((p) => p.y),
    customdata: points.map((p) => p.cohort.id),
    text: points.map((p) => escapeText(nameOf(p)) + (p.cohort.flags.length > 0 ? ' ⚑' : '')),
    // One position per point, which Plotly takes though @types/plotly.js allows only one value.
    textposition: points.map(positionOf) as unknown as Trace['textposition'],
    textfont: { color: palette.text, size: 11 },
    cliponaxis: false,
    marker: {
      color: zoneStyles[zone].color,
      opacity: 0.75,
      size: bubbleSizes(points.map((p) => p.cohort.customers)),
      line: { color: palette.card, width: 1 },
    },
    hovertext: points.map((p) => hoverText(p, nameOf(p))),
    hovertemplate: '%{hovertext}<extra></extra>',
  }
}

/** Revenue per customer × margin per cohort; the high-revenue, below-floor quadrant shaded. */
export function buildCustomerScatterFigure(input: CustomerScatterInput): CustomerScatterFigure {
  const points = plottable(input.cohorts)
  const thresholds = scatterThresholds(input)
  const ranges = axisRanges(points, thresholds)
  const marks = quadrantMarks(thresholds, ranges)
  // The cohorts' zone rule (§5): against the portfolio floor, with its 5-point band.
  const zoneOfPoint = (p: Point) => zoneOf(p.y, input.floorPct, PORTFOLIO_YELLOW_BAND_PTS)
  const traces = groupByZone(points, zoneOfPoint).map(([zone, inZone]) =>
    zoneTrace(zone, inZone, input.names, (p) => labelPosition(p.x, ranges.x, thresholds.logX)),
  )
  return {
    data: traces,
    unplotted: input.cohorts
      .filter((c) => !points.some((p) => p.cohort === c))
      .map((c) => input.names[c.id] ?? c.id),
    layout: baseLayout({
      height: 360,
      margin: { t: 8, b: 8, r: 56 },
      xaxis: axis({
        ...scaleAxis(thresholds.logX),
        range: ranges.x,
        tickformat: '$~s',
        zeroline: false,
        title: { text: xAxisTitle(thresholds, input.revenueThreshold === undefined) },
      }),
      yaxis: axis({ range: ranges.y, ticksuffix: '%', title: { text: 'Gross margin' } }),
      shapes: marks.shapes,
      annotations: marks.annotations,
    }),
  }
}
