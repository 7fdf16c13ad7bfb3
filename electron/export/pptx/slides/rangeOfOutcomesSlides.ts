/**
 * The range of outcomes (§11), after the forecast, when the exported scenario has ranges in
 * force: the margin forecast as a fan — where 90% and half of the draws land each month, as
 * stacked areas over an unfilled P5 — with the median, the plan and the floor as lines, in one
 * native chart; the headline in the message, its figures and the biggest driver in the panel.
 */
import type PptxGenJS from 'pptxgenjs'
import { palette } from '../../../../shared/charts/theme'
import { formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../shared/report/labels'
import type { RangeOfOutcomes } from '../../../../shared/report/rangeOfOutcomes'
import {
  RANGE_OF_OUTCOMES_TITLE,
  chancePct,
  driverText,
  rangeHeadline,
  runSettingsText,
} from '../../../../shared/report/rangeOfOutcomesTables'
import { addComboChart, chartOptions, monthLabelFrequency, pctAxisCode } from '../chartStyle'
import { addContentSlide, addNote, type Deck, type Slide } from '../deck'
import { addPanelFacts, CHART_BESIDE_PANEL_W, type Fact } from '../sidePanel'
import { clipToLines } from '../textFit'
import { colors, FONT, frame, hex } from '../theme'

const LEGEND_H = 0.3
const NOTE_H = 0.35
const chartBox = {
  x: frame.x,
  y: frame.body.y,
  w: CHART_BESIDE_PANEL_W,
  h: frame.body.h - LEGEND_H - NOTE_H,
}

/** The Uncertainty view's fan: a faint outer band, a stronger inner one, the accent median. */
const fan = {
  outer: tint(palette.accent, 0.8),
  inner: tint(palette.accent, 0.55),
  median: hex(palette.accent),
  plan: colors.title,
  floor: colors.floor,
}

/** `color` mixed `white` of the way to white: an opaque band that prints as the screen's wash. */
function tint(color: string, white: number): string {
  const channel = (at: number) => {
    const value = Number.parseInt(color.slice(at, at + 2), 16)
    return Math.round(value + (255 - value) * white)
      .toString(16)
      .padStart(2, '0')
  }
  return `${channel(1)}${channel(3)}${channel(5)}`.toUpperCase()
}

/** Round bounds around the fan, the plan and the floor: the areas' base at 0 stays off the axis. */
function axisBounds(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter(Number.isFinite)
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  const step = high - low > 40 ? 10 : 5
  return { min: Math.floor((low - 1) / step) * step, max: Math.ceil((high + 1) / step) * step }
}

type Band = RangeOfOutcomes['forecast'][number]
type PercentileKey = 'p5' | 'p25' | 'p50' | 'p75' | 'p95'

/** A percentile of each month's margin, or the height between two (a stacked area's). */
const percentile = (band: Band, key: PercentileKey) => band.grossMarginPct?.[key] ?? Number.NaN
const between = (band: Band, low: PercentileKey, high: PercentileKey) =>
  percentile(band, high) - percentile(band, low)

function lineChart(
  name: string,
  labels: string[],
  values: number[],
  color: string,
  dash: 'solid' | 'dash',
): PptxGenJS.IChartMulti {
  return {
    type: 'line',
    data: [{ name, labels, values }],
    options: {
      chartColors: [color],
      lineSize: dash === 'solid' ? 2.25 : 1.75,
      lineDash: dash,
      lineDataSymbol: 'none',
      // A month without revenue has no margin: a gap in the line, not a bridge to the next.
      displayBlanksAs: 'gap',
    },
  }
}

function fanCharts(outcomes: RangeOfOutcomes): PptxGenJS.IChartMulti[] {
  const { forecast } = outcomes
  const labels = forecast.map((band) => formatMonth(band.month))
  const floorPct = outcomes.portfolio.floorPct
  // Stacked: each area sits on the ones below, so a band's height is a difference of percentiles.
  const bands = [
    { name: 'P5', values: forecast.map((band) => percentile(band, 'p5')) },
    { name: 'P5–P25', values: forecast.map((band) => between(band, 'p5', 'p25')) },
    { name: 'P25–P75', values: forecast.map((band) => between(band, 'p25', 'p75')) },
    { name: 'P75–P95', values: forecast.map((band) => between(band, 'p75', 'p95')) },
  ]
  return [
    {
      type: 'area',
      data: bands.map((band) => ({ ...band, labels })),
      options: {
        barGrouping: 'stacked',
        chartColors: ['transparent', fan.outer, fan.inner, fan.outer],
      },
    },
    lineChart(
      'Median (P50)',
      labels,
      forecast.map((band) => percentile(band, 'p50')),
      fan.median,
      'dash',
    ),
    lineChart(
      'Plan',
      labels,
      forecast.map((band) => band.deterministic.grossMarginPct ?? Number.NaN),
      fan.plan,
      'solid',
    ),
    lineChart(
      `Floor ${formatFloorPct(floorPct)}`,
      labels,
      labels.map(() => floorPct),
      fan.floor,
      'dash',
    ),
  ]
}

/**
 * The legend, drawn as text under the chart: a chart's own legend would also list the unfilled
 * base and the outer band twice.
 */
function addFanLegend(slide: Slide, floorPct: number): void {
  const entry = (mark: string, color: string, text: string) => [
    { text: `${mark} `, options: { color, bold: true } },
    { text: `${text}      `, options: { color: colors.text } },
  ]
  slide.addText(
    [
      ...entry('■', fan.outer, '90% of draws (P5–P95)'),
      ...entry('■', fan.inner, 'Half of draws (P25–P75)'),
      ...entry('- -', fan.median, 'Median'),
      ...entry('—', fan.plan, 'Plan'),
      ...entry('- -', fan.floor, `Floor ${formatFloorPct(floorPct)}`),
    ],
    {
      x: chartBox.x,
      y: chartBox.y + chartBox.h,
      w: chartBox.w,
      h: LEGEND_H,
      margin: 0,
      fontFace: FONT,
      fontSize: 11,
      align: 'center',
      valign: 'middle',
    },
  )
}

/** The driver's words take at most three lines of the panel (4 in wide, values at 15 pt). */
const PANEL_VALUE_LINES = 3
const PANEL_TEXT_W = 4

function facts(outcomes: RangeOfOutcomes): Fact[] {
  const { grossMarginPct: margin, deterministic, probBelowFloor, floorPct } = outcomes.portfolio
  const driver = outcomes.drivers[0]
  return [
    { label: 'Median margin', value: formatPct(margin?.p50) },
    {
      label: '90% of outcomes between',
      value: margin === null ? '—' : `${formatPct(margin.p5)} and ${formatPct(margin.p95)}`,
    },
    {
      label: `Chance of ending below the ${formatFloorPct(floorPct)} floor`,
      value: chancePct(probBelowFloor),
    },
    {
      label: 'Plan (no range drawn)',
      value: formatPct(deterministic.grossMarginPct),
    },
    ...(driver === undefined
      ? []
      : [
          {
            label: 'Biggest driver of the spread',
            value: clipToLines(driverText(outcomes, driver), PANEL_TEXT_W, 15, PANEL_VALUE_LINES),
          },
        ]),
  ]
}

export function addRangeOfOutcomesSlides(deck: Deck): void {
  const { report } = deck
  const outcomes = report.rangeOfOutcomes
  if (outcomes === undefined) return
  const slide = addContentSlide(deck, RANGE_OF_OUTCOMES_TITLE, rangeHeadline(outcomes))
  const charts = fanCharts(outcomes)
  const bounds = axisBounds([
    ...outcomes.forecast.flatMap((band) => [
      percentile(band, 'p5'),
      percentile(band, 'p95'),
      band.deterministic.grossMarginPct ?? Number.NaN,
    ]),
    outcomes.portfolio.floorPct,
  ])
  addComboChart(slide, charts, {
    ...chartOptions(chartBox, { value: 'Gross margin' }),
    valAxisLabelFormatCode: pctAxisCode,
    valAxisMinVal: bounds.min,
    valAxisMaxVal: bounds.max,
    catAxisLabelFrequency: monthLabelFrequency(outcomes.forecast.length),
    showLegend: false,
  })
  addFanLegend(slide, outcomes.portfolio.floorPct)
  addNote(
    slide,
    runSettingsText(outcomes, report.scenario.id, report.month.index),
    chartBox.y + chartBox.h + LEGEND_H + 0.05,
  )
  addPanelFacts(slide, `Margin in ${formatMonth(outcomes.month)}`, facts(outcomes))
}
