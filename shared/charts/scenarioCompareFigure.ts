import type { PortfolioResult, Zone } from '../engine/results'
import { formatMoney, formatPct } from '../report/format'
import type { Figure, Trace } from './figure'
import { formatFloorPct, wrapWords } from '../report/labels'
import {
  axis,
  baseLayout,
  escapeText,
  floorLineStyle,
  legendBelow,
  legendBelowPx,
  palette,
  panelTitle,
} from './theme'
import { groupByZone, zoneStyles, zoneText } from '../report/zones'

export interface ScenarioSummary {
  name: string
  marginPct: number | null
  grossProfit: number
  zone: Zone
  /**
   * Its difference from a reference scenario, worded as the comparison table words it ("+3.2
   * pts", "+$1,234"): drawn after each bar's value and in the hover. Absent for the reference.
   */
  change?: { against: string; marginPct: string; grossProfit: string }
}

/** One column of shared/engine/compare.ts `compareScenarios` as a bar of this chart. */
export function scenarioSummary(column: {
  name: string
  result: { portfolio: PortfolioResult }
}): ScenarioSummary {
  const { grossMarginPct, grossProfit, zone } = column.result.portfolio
  return { name: column.name, marginPct: grossMarginPct, grossProfit, zone }
}

export interface ScenarioCompareInput {
  scenarios: ScenarioSummary[]
  /** The portfolio floor, drawn on the margin panel when given. */
  floorPct?: number
}

const rowHeightPx = 40
/** Scenario names wrap onto two lines of this length on the axis; the hover has them whole. */
const nameLineChars = 24
const marginDomain: [number, number] = [0, 0.48]
const profitDomain: [number, number] = [0.58, 1]

/** [low, high] covering the values and 0, with room past the bar ends for their labels. */
function paddedRange(values: number[], padShare: number): [number, number] {
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  const pad = Math.max(high - low, 1) * padShare
  return [low < 0 ? low - pad : 0, high + pad]
}

function hoverText(s: ScenarioSummary): string {
  const { change } = s
  return [
    `<b>${escapeText(s.name)}</b>`,
    `Gross margin ${formatPct(s.marginPct)} · ${zoneText(s.zone)}`,
    `Gross profit ${formatMoney(s.grossProfit)} / month`,
    ...(change
      ? [`Δ vs ${escapeText(change.against)}: ${change.marginPct}, ${change.grossProfit}`]
      : []),
  ].join('<br>')
}

/** A bar's label: its value, then its change in the muted colour when there is one. */
function barLabel(value: string, change: string | undefined): string {
  return change === undefined
    ? value
    : `${value}  <span style="color:${palette.muted}">${change}</span>`
}

/** Room past the bar ends for their labels, as a share of the axis span: more with changes. */
const labelPadShare = (rows: ScenarioSummary[]) => (rows.some((s) => s.change) ? 0.45 : 0.3)

/** The floor as a dashed line across the margin panel, drawn as a trace so the legend names it. */
function floorTrace(floorPct: number, rowCount: number): Trace {
  const label = `Portfolio floor ${formatFloorPct(floorPct)}`
  return {
    type: 'scatter',
    mode: 'lines',
    name: label,
    x: [floorPct, floorPct],
    y: [-0.5, rowCount - 0.5],
    line: floorLineStyle,
    hovertemplate: `${label}<extra></extra>`,
  }
}

/** Portfolio margin (zone-coloured, zone in words) and gross profit per scenario, side by side. */
export function buildScenarioCompareFigure({ scenarios, floorPct }: ScenarioCompareInput): Figure {
  const rows = scenarios.map((s, i) => ({ ...s, row: i }))
  const marginTraces = groupByZone(rows, (s) => s.zone).map(([zone, inZone]): Trace => ({
    type: 'bar',
    orientation: 'h',
    name: zoneText(zone),
    x: inZone.map((s) => s.marginPct ?? 0),
    y: inZone.map((s) => s.row),
    marker: { color: zoneStyles[zone].color },
    // Icon only on the bar (room is short); the words are in the hover and the zone legend.
    text: inZone.map((s) =>
      barLabel(`${formatPct(s.marginPct)} ${zoneStyles[zone].icon}`, s.change?.marginPct),
    ),
    textposition: 'outside',
    cliponaxis: false,
    textfont: { color: palette.text, size: 11 },
    hovertext: inZone.map(hoverText),
    hovertemplate: '%{hovertext}<extra></extra>',
  }))
  const profitTrace: Trace = {
    type: 'bar',
    orientation: 'h',
    name: 'Gross profit',
    showlegend: false,
    x: rows.map((s) => s.grossProfit),
    y: rows.map((s) => s.row),
    xaxis: 'x2',
    marker: { color: palette.accentSoft },
    text: rows.map((s) => barLabel(formatMoney(s.grossProfit), s.change?.grossProfit)),
    textposition: 'outside',
    cliponaxis: false,
    textfont: { color: palette.text, size: 11 },
    hovertext: rows.map(hoverText),
    hovertemplate: '%{hovertext}<extra></extra>',
  }
  const margins = rows.map((s) => s.marginPct ?? 0)
  const floor = floorPct === undefined ? [] : [floorTrace(floorPct, rows.length)]
  return {
    data: [...marginTraces, ...floor, profitTrace],
    layout: baseLayout({
      height: Math.max(200, rows.length * rowHeightPx + 72 + legendBelowPx),
      legend: legendBelow(),
      barmode: 'overlay',
      bargap: 0.35,
      // Room past the last panel for the gross-profit labels, and under the axes for the legend.
      margin: { t: 24, b: 8 + legendBelowPx, r: 72 },
      xaxis: axis({
        domain: marginDomain,
        range: paddedRange(
          floorPct === undefined ? margins : [...margins, floorPct],
          labelPadShare(rows),
        ),
        ticksuffix: '%',
      }),
      xaxis2: axis({
        domain: profitDomain,
        anchor: 'y',
        range: paddedRange(
          rows.map((s) => s.grossProfit),
          labelPadShare(rows),
        ),
        tickformat: '$~s',
      }),
      yaxis: axis({
        autorange: 'reversed',
        tickmode: 'array',
        tickvals: rows.map((s) => s.row),
        ticktext: rows.map((s) => wrapWords(s.name, nameLineChars).map(escapeText).join('<br>')),
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
        zeroline: false,
      }),
      annotations: [
        panelTitle('Gross margin', marginDomain[0], 1),
        panelTitle('Gross profit per month', profitDomain[0], 1),
      ],
    }),
  }
}
