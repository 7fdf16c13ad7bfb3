import type { Annotations } from 'plotly.js'
import type { FeatureResult } from '../engine/results'
import { formatPct } from '../report/format'
import type { Figure, Trace } from './figure'
import { describeGapToFloor, formatFloorPct } from '../report/labels'
import { axis, baseLayout, escapeText, palette } from './theme'
import { groupByZone, zoneStyles, zoneText } from '../report/zones'

export interface FeatureMarginInput {
  features: FeatureResult[]
  /** Display names by feature id (results carry ids only). */
  names: Record<string, string>
}

const rowHeightPx = 36
/** Room on the right for the value-and-zone column. */
const labelColumnPx = 168

/** Highest margin first; features without a margin (no revenue) last. */
export function sortByMargin(features: FeatureResult[]): FeatureResult[] {
  const rank = (f: FeatureResult) => f.grossMarginPct ?? -Infinity
  return [...features].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) > rank(b) ? -1 : 1))
}

function hoverText(feature: FeatureResult, name: string): string {
  const lines = [`<b>${escapeText(name)}</b>`]
  if (feature.grossMarginPct === null) {
    lines.push('No revenue: margin undefined')
  } else {
    lines.push(`Margin ${formatPct(feature.grossMarginPct)}`)
    lines.push(`Floor ${formatFloorPct(feature.floorPct)}`)
    lines.push(
      `${zoneText(feature.zone)}: ${describeGapToFloor(feature.grossMarginPct, feature.floorPct)}`,
    )
  }
  return lines.join('<br>')
}

/** "<b>58.0%</b>  ⚠ Near floor": the value and the zone, beside the plot where no bar or tick can cover them. */
function rowLabel(feature: FeatureResult): string {
  const zone = zoneText(feature.zone)
  return feature.grossMarginPct === null
    ? zone
    : `<b>${formatPct(feature.grossMarginPct)}</b>  ${zone}`
}

/** Margin % per feature as sorted horizontal bars in zone colours, each with its floor marked. */
export function buildFeatureMarginFigure({ features, names }: FeatureMarginInput): Figure {
  const sorted = sortByMargin(features)
  const nameOf = (id: string) => names[id] ?? id

  const barTraces = groupByZone(sorted, (f) => f.zone).map(([zone, inZone]): Trace => ({
    type: 'bar',
    orientation: 'h',
    name: zoneText(zone),
    x: inZone.map((f) => f.grossMarginPct ?? 0),
    y: inZone.map((f) => f.id),
    customdata: inZone.map((f) => f.id),
    marker: { color: zoneStyles[zone].color },
    hovertext: inZone.map((f) => hoverText(f, nameOf(f.id))),
    hovertemplate: '%{hovertext}<extra></extra>',
  }))

  const floorTrace: Trace = {
    type: 'scatter',
    mode: 'markers',
    name: 'Floor',
    x: sorted.map((f) => f.floorPct),
    y: sorted.map((f) => f.id),
    customdata: sorted.map((f) => f.id),
    marker: {
      symbol: 'line-ns-open',
      // A line-ns marker is twice its size tall: this makes the tick a little taller than the bar.
      size: rowHeightPx * 0.42,
      color: palette.text,
      line: { width: 2.5, color: palette.text },
    },
    hovertext: sorted.map(
      (f) => `${escapeText(nameOf(f.id))}: floor ${formatFloorPct(f.floorPct)}`,
    ),
    hovertemplate: '%{hovertext}<extra></extra>',
  }

  // One label per row, beside the plot: the margin and its zone in words, readable without colour.
  const rowLabels: Partial<Annotations>[] = sorted.map((f) => ({
    xref: 'paper',
    yref: 'y',
    x: 1,
    y: f.id,
    xanchor: 'left',
    xshift: 12,
    text: rowLabel(f),
    showarrow: false,
    font: { color: zoneStyles[f.zone].color, size: 12 },
  }))

  const values = [0, ...sorted.flatMap((f) => [f.grossMarginPct ?? 0, f.floorPct])]
  const low = Math.min(...values)
  const high = Math.max(...values)
  const pad = Math.max(high - low, 10) * 0.06
  const range = [low < 0 ? low - pad : 0, high + pad]

  return {
    data: [...barTraces, floorTrace],
    layout: baseLayout({
      height: Math.max(140, sorted.length * rowHeightPx + 56),
      // The zone column and the caption explain colours and the floor tick: no legend needed.
      showlegend: false,
      barmode: 'overlay',
      bargap: 0.3,
      margin: { r: labelColumnPx, t: 8, b: 8 },
      xaxis: axis({ range, ticksuffix: '%', zeroline: true, title: { text: 'Gross margin' } }),
      yaxis: axis({
        type: 'category',
        // Bars are traced by zone, and Plotly orders categories by first appearance across
        // traces: without a fixed order the rows would group by zone instead of by margin.
        categoryorder: 'array',
        categoryarray: sorted.map((f) => f.id),
        autorange: 'reversed',
        tickmode: 'array',
        tickvals: sorted.map((f) => f.id),
        ticktext: sorted.map((f) => escapeText(nameOf(f.id))),
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
      }),
      annotations: rowLabels,
    }),
  }
}
