/**
 * Slides 5 and 6: the forecast month by month, one line per scenario (the report's own first):
 * gross margin against the portfolio floor, then gross profit. A panel beside each chart gives
 * the figures of the first month, the report's month and the last month exactly.
 */
import type { ForecastRow } from '../../../../shared/engine/results'
import type { ForecastLine } from '../../../../shared/report/boardReport'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../shared/report/labels'
import type { ColumnKind, ReportTable } from '../../../../shared/report/reportTable'
import {
  addComboChart,
  chartOptions,
  largestAbs,
  moneyCode,
  monthLabelFrequency,
  pctAxisCode,
} from '../chartStyle'
import { addContentSlide, type Deck } from '../deck'
import { addPanelTable, CHART_BESIDE_PANEL_W } from '../sidePanel'
import { shorten } from '../textFit'
import { colors, frame, scenarioColor } from '../theme'

const chartBox = { x: frame.x, y: frame.body.y, w: CHART_BESIDE_PANEL_W, h: frame.body.h }
const LEGEND_NAME_CHARS = 44
const NAME_IN_MESSAGE_CHARS = 40

/** pptxgenjs writes a point that is not a number as a blank, which breaks the line there. */
const orGap = (value: number | null): number => value ?? Number.NaN

function endsOf(rows: readonly ForecastRow[]): [ForecastRow, ForecastRow] | null {
  const first = rows[0]
  const last = rows[rows.length - 1]
  return first && last ? [first, last] : null
}

/** The first month, the report's own month and the last, each once and in order. */
function keyMonths(monthCount: number, reportMonth: number): number[] {
  return [...new Set([0, reportMonth, monthCount - 1])]
    .filter((month) => month >= 0 && month < monthCount)
    .sort((a, b) => a - b)
}

/** Scenario | first month | report month | last month, for one figure of the forecast. */
function keyMonthsTable(
  lines: readonly ForecastLine[],
  reportMonth: number,
  kind: ColumnKind,
  valueOf: (row: ForecastRow) => number | null,
): ReportTable {
  const rows = lines[0]?.rows ?? []
  const months = keyMonths(rows.length, reportMonth)
  return {
    title: 'Forecast',
    columns: [
      { label: 'Scenario', kind: 'text' },
      ...months.map((month) => ({ label: formatMonth(rows[month]?.month ?? ''), kind })),
    ],
    rows: lines.map((line) => [
      line.scenario.name,
      ...months.map((month) => {
        const row = line.rows[month]
        return row ? valueOf(row) : null
      }),
    ]),
  }
}

/** "Baseline gross margin: 64.0% in Dec 2026, 66.1% by Nov 2027." */
function movement(
  lines: readonly ForecastLine[],
  figure: string,
  show: (row: ForecastRow) => string,
): string {
  const ends = endsOf(lines[0]?.rows ?? [])
  if (!ends) return 'The forecast has no months.'
  const [first, last] = ends
  const name = shorten(lines[0]?.scenario.name ?? '', NAME_IN_MESSAGE_CHARS)
  return `${name} ${figure}: ${show(first)} in ${formatMonth(first.month)}, ${show(last)} by ${formatMonth(last.month)}.`
}

const monthsOf = (lines: readonly ForecastLine[]) =>
  (lines[0]?.rows ?? []).map((row) => formatMonth(row.month))

function scenarioSeries(
  lines: readonly ForecastLine[],
  valueOf: (row: ForecastRow) => number | null,
) {
  const labels = monthsOf(lines)
  return lines.map((line) => ({
    name: shorten(line.scenario.name, LEGEND_NAME_CHARS),
    labels,
    values: line.rows.map((row) => orGap(valueOf(row))),
  }))
}

/** A month without a margin (no revenue) is a gap in its line, not a bridge to the next month. */
const lineStyle = { lineSize: 2.25, lineDataSymbol: 'none', displayBlanksAs: 'gap' } as const

export function addMarginForecastSlide(deck: Deck): void {
  const lines = deck.report.forecasts
  const floorPct = deck.report.result.portfolio.floorPct
  const slide = addContentSlide(
    deck,
    'Gross margin forecast',
    movement(lines, 'gross margin', (row) => formatPct(row.grossMarginPct)),
  )
  const labels = monthsOf(lines)
  addComboChart(
    slide,
    [
      {
        type: 'line',
        data: scenarioSeries(lines, (row) => row.grossMarginPct),
        options: { ...lineStyle, chartColors: lines.map((_, index) => scenarioColor(index)) },
      },
      {
        type: 'line',
        data: [
          {
            name: `Portfolio floor ${formatFloorPct(floorPct)}`,
            labels,
            values: labels.map(() => floorPct),
          },
        ],
        options: { ...lineStyle, lineSize: 1.5, lineDash: 'dash', chartColors: [colors.floor] },
      },
    ],
    {
      ...chartOptions(chartBox, { value: 'Gross margin' }),
      valAxisLabelFormatCode: pctAxisCode,
      catAxisLabelFrequency: monthLabelFrequency(labels.length),
      showLegend: true,
      legendPos: 'b',
    },
  )
  addPanelTable(
    slide,
    'Gross margin',
    keyMonthsTable(lines, deck.report.month.index, 'pct', (row) => row.grossMarginPct),
  )
}

export function addProfitForecastSlide(deck: Deck): void {
  const lines = deck.report.forecasts
  const slide = addContentSlide(
    deck,
    'Gross profit forecast',
    movement(lines, 'gross profit', (row) => formatMoney(row.grossProfit)),
  )
  const labels = monthsOf(lines)
  slide.addChart(
    'line',
    scenarioSeries(lines, (row) => row.grossProfit),
    {
      ...chartOptions(chartBox, { value: 'Gross profit per month' }),
      ...lineStyle,
      chartColors: lines.map((_, index) => scenarioColor(index)),
      valAxisLabelFormatCode: moneyCode(
        largestAbs(lines.flatMap((line) => line.rows.map((row) => row.grossProfit))),
      ),
      catAxisLabelFrequency: monthLabelFrequency(labels.length),
      showLegend: true,
      legendPos: 'b',
    },
  )
  addPanelTable(
    slide,
    'Gross profit',
    keyMonthsTable(lines, deck.report.month.index, 'moneyCompact', (row) => row.grossProfit),
  )
}
