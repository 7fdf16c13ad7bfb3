import type { Driver } from '../simulation/types'
import { formatNumber } from '../report/format'
import { wrapWords } from '../report/labels'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, escapeText, legendBelow, legendBelowPx, palette } from './theme'

export interface DriversFigure extends Figure {
  /** Drivers left out beyond the top N, for a "4 more" note. */
  moreCount: number
}

export const defaultDriversTopN = 15
const rowHeightPx = 34
/** Labels wrap onto two lines of this many characters, so a long path does not squeeze the bars. */
const labelLineChars = 30
const raisesColor = palette.accent
const lowersColor = '#e2a04f'

/** "group cloud costs (3 inputs)" for a group, else the range's input in words. */
export function driverLabel(driver: Driver, labelOf: (path: string) => string): string {
  if (driver.group === undefined) return labelOf(driver.path)
  const count = driver.paths.length
  return `group ${driver.group} (${count} ${count === 1 ? 'input' : 'inputs'})`
}

const sharePct = (driver: Driver) => driver.varianceShare * 100
/** "42%", "3.5%"; a share too small to show a tenth of is "<0.1%", not a misleading "0%". */
function formatShare(pct: number): string {
  if (pct > 0 && pct < 0.05) return '<0.1%'
  return `${formatNumber(pct, pct < 10 ? 1 : 0)}%`
}

function hoverText(driver: Driver, labelOf: (path: string) => string): string {
  const direction =
    driver.rankCorrelation >= 0 ? 'a higher value raises margin' : 'a higher value lowers margin'
  const members = driver.group === undefined ? [] : driver.paths.map((p) => `· ${labelOf(p)}`)
  return [
    `<b>${escapeText(driverLabel(driver, labelOf))}</b>`,
    ...members.map(escapeText),
    `${formatShare(sharePct(driver))} of the spread in margin`,
    `Rank correlation ${formatNumber(driver.rankCorrelation, 2)}: ${direction}`,
  ].join('<br>')
}

/** Bars of the drivers whose correlation has one sign, at their rows (0 on top). */
function signTrace(
  name: string,
  color: string,
  rows: { driver: Driver; row: number }[],
  labelOf: (path: string) => string,
): Trace {
  return {
    type: 'bar',
    orientation: 'h',
    name,
    x: rows.map(({ driver }) => sharePct(driver)),
    y: rows.map(({ row }) => row),
    marker: { color },
    text: rows.map(({ driver }) => formatShare(sharePct(driver))),
    textposition: 'outside',
    cliponaxis: false,
    textfont: { color: palette.text, size: 12 },
    hovertext: rows.map(({ driver }) => hoverText(driver, labelOf)),
    hovertemplate: '%{hovertext}<extra></extra>',
  }
}

/**
 * Which ranges drive the spread of portfolio margin: each source's share of the variance as a
 * horizontal bar, biggest on top, coloured by whether a higher value raises or lowers margin.
 */
export function driversFigure(
  drivers: Driver[],
  labelOf: (path: string) => string,
  topN = defaultDriversTopN,
): DriversFigure {
  const sorted = [...drivers].sort((a, b) => b.varianceShare - a.varianceShare)
  const shown = sorted.slice(0, topN).map((driver, row) => ({ driver, row }))
  const raising = shown.filter(({ driver }) => driver.rankCorrelation >= 0)
  const lowering = shown.filter(({ driver }) => driver.rankCorrelation < 0)
  const widest = Math.max(1, ...shown.map(({ driver }) => sharePct(driver)))
  return {
    moreCount: sorted.length - shown.length,
    data: [
      signTrace('Higher value raises margin', raisesColor, raising, labelOf),
      signTrace('Higher value lowers margin', lowersColor, lowering, labelOf),
    ],
    layout: baseLayout({
      height: Math.max(180, shown.length * rowHeightPx + 100),
      barmode: 'overlay',
      bargap: 0.3,
      // Below, across the whole figure: above the plot it would start after the long labels and wrap.
      legend: legendBelow(),
      margin: { t: 8, b: 8 + legendBelowPx },
      xaxis: axis({
        // Room past the widest bar for its value label.
        range: [0, Math.min(100, widest * 1.15 + 4)],
        ticksuffix: '%',
        title: { text: 'Share of the spread (%)' },
      }),
      yaxis: axis({
        autorange: 'reversed',
        tickmode: 'array',
        tickvals: shown.map(({ row }) => row),
        ticktext: shown.map(({ driver }) =>
          wrapWords(driverLabel(driver, labelOf), labelLineChars).map(escapeText).join('<br>'),
        ),
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
        zeroline: false,
      }),
    }),
  }
}
