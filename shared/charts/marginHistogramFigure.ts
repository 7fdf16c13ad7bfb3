import { zoneOf } from '../engine/margins'
import type { Zone } from '../engine/results'
import { PORTFOLIO_YELLOW_BAND_PTS } from '../model/defaults'
import { formatNumber, formatPct } from '../report/format'
import { formatFloorPct } from '../report/labels'
import { groupByZone, zoneStyles } from '../report/zones'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, floorLineStyle, palette } from './theme'
import { verticalMarkers, type VerticalMarker } from './markers'

export interface MarginHistogramOptions {
  floorPct: number
  /** The plan's margin (the scenario as computed, no range drawn); null without revenue. */
  deterministic: number | null
  p5: number
  p95: number
}

export interface HistogramBin {
  /** Lower edge, in margin points; the bin holds [low, low + width). */
  low: number
  width: number
  count: number
  zone: Zone
}

/**
 * Bin widths that divide the 5-point warning band, so no bin straddles the floor or the band's top
 * and each bar takes exactly one zone's colour (wider spreads fall back to round widths).
 */
const binWidths = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 50, 100, 250, 1000] as const
/** About this many bars across the spread: enough for a shape, few enough to read. */
const targetBins = 40

function binWidthFor(span: number): number {
  return binWidths.find((width) => width * targetBins >= span) ?? span / targetBins
}

/**
 * The draws binned on edges that sit on the floor (floor + k·width), each bin zoned by its middle.
 * Draws without a margin (NaN: no revenue) are left out.
 */
export function histogramBins(samples: ArrayLike<number>, floorPct: number): HistogramBin[] {
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i] ?? NaN
    if (!Number.isFinite(value)) continue
    if (value < min) min = value
    if (value > max) max = value
  }
  if (min > max) return []
  const width = binWidthFor(max - min)
  const first = Math.floor((min - floorPct) / width)
  const counts = new Array<number>(Math.floor((max - floorPct) / width) - first + 1).fill(0)
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i] ?? NaN
    if (!Number.isFinite(value)) continue
    const index = Math.floor((value - floorPct) / width) - first
    counts[index] = (counts[index] ?? 0) + 1
  }
  return counts.map((count, index) => {
    const low = floorPct + (first + index) * width
    return { low, width, count, zone: zoneOf(low + width / 2, floorPct, PORTFOLIO_YELLOW_BAND_PTS) }
  })
}

function zoneName(zone: Zone, floorPct: number): string {
  if (zone === 'red') return `Below the ${formatFloorPct(floorPct)} floor`
  if (zone === 'yellow') return `Within ${PORTFOLIO_YELLOW_BAND_PTS} pts of the floor`
  return `${PORTFOLIO_YELLOW_BAND_PTS}+ pts above the floor`
}

function binTrace(zone: Zone, bins: HistogramBin[], drawn: number, floorPct: number): Trace {
  return {
    type: 'bar',
    name: zoneName(zone, floorPct),
    x: bins.map((bin) => bin.low + bin.width / 2),
    y: bins.map((bin) => (bin.count / drawn) * 100),
    width: bins.map((bin) => bin.width),
    marker: { color: zoneStyles[zone].color, line: { width: 0 } },
    hovertext: bins.map(
      (bin) =>
        `${formatPct(bin.low, 2)} to ${formatPct(bin.low + bin.width, 2)}: ` +
        `${formatNumber(bin.count, 0)} draws (${formatPct((bin.count / drawn) * 100)})`,
    ),
    hovertemplate: '%{hovertext}<extra></extra>',
  }
}

/**
 * Labels at staggered heights, P5 reading left and P95 right, so neighbouring labels never overlap:
 * the floor on top, the plan below it, the percentiles lowest.
 */
function markersOf(options: MarginHistogramOptions, middle: number): VerticalMarker[] {
  const { floorPct, deterministic, p5, p95 } = options
  const plan: VerticalMarker[] =
    deterministic === null
      ? []
      : [{ x: deterministic, label: `Plan ${formatPct(deterministic)}`, labelTop: 0.93 }]
  return [
    {
      x: floorPct,
      label: `Floor ${formatFloorPct(floorPct)}`,
      labelTop: 1,
      labelSide: floorPct < middle ? 'left' : 'right',
      color: zoneStyles.red.color,
    },
    ...plan,
    {
      x: p5,
      label: `P5 ${formatPct(p5)}`,
      labelTop: 0.86,
      labelSide: 'left',
      color: palette.muted,
    },
    { x: p95, label: `P95 ${formatPct(p95)}`, labelTop: 0.86, color: palette.muted },
  ]
}

/** Room either side of the bars and the floor, for the labels that read outwards. */
const sidePad = 0.14
/** Room above the tallest bar, for the marker labels. */
const headroom = 1.4

function countWithoutMargin(samples: ArrayLike<number>): number {
  let count = 0
  for (let i = 0; i < samples.length; i++) if (!Number.isFinite(samples[i] ?? NaN)) count++
  return count
}

/**
 * Portfolio margin over the draws as bars in zone colours (below the floor red, within the warning
 * band yellow, else green), with the floor, the plan and P5/P95 marked.
 */
export function marginHistogramFigure(
  samples: ArrayLike<number>,
  options: MarginHistogramOptions,
): Figure {
  const bins = histogramBins(samples, options.floorPct)
  const withoutMargin = countWithoutMargin(samples)
  const drawn = samples.length - withoutMargin
  const edges = [options.floorPct, ...bins.flatMap((bin) => [bin.low, bin.low + bin.width])]
  const low = Math.min(...edges)
  const high = Math.max(...edges)
  const pad = Math.max(high - low, 1) * sidePad
  const { shapes, annotations } = verticalMarkers(markersOf(options, (low + high) / 2))
  // The floor is dashed on every chart of the app; the other markers keep the dotted marker line.
  shapes[0] = { ...shapes[0], line: { ...floorLineStyle, color: zoneStyles.red.color } }
  const tallest = Math.max(0, ...bins.map((bin) => (bin.count / drawn) * 100))
  const left =
    withoutMargin === 0
      ? ''
      : ` · ${formatNumber(withoutMargin, 0)} draws without revenue not shown`
  return {
    data: groupByZone(bins, (bin) => bin.zone).map(([zone, inZone]) =>
      binTrace(zone, inZone, drawn, options.floorPct),
    ),
    layout: baseLayout({
      height: 340,
      barmode: 'overlay',
      margin: { t: 8, b: 8 },
      xaxis: axis({
        range: [low - pad, high + pad],
        ticksuffix: '%',
        title: { text: `Portfolio gross margin (%)${left}` },
      }),
      yaxis: axis({
        range: [0, Math.max(tallest, 1) * headroom],
        ticksuffix: '%',
        title: { text: 'Share of draws (%)' },
      }),
      shapes,
      annotations,
    }),
  }
}
