/**
 * The range of outcomes (§11), when the exported scenario has ranges in force: on its first page
 * the headline and the forecast as a fan; on the next the portfolio's margin across the draws
 * beside what drives its spread, then each feature's spread. Every chart is the Uncertainty view's
 * own figure; the run's settings are stated so a reader can reproduce it.
 */
import { driversFigure } from '../../../../shared/charts/driversFigure'
import type { Figure } from '../../../../shared/charts/figure'
import { marginHistogramFigure } from '../../../../shared/charts/marginHistogramFigure'
import { outcomeFanFigure } from '../../../../shared/charts/outcomeFanFigure'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatNumber, formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../shared/report/labels'
import { OUTCOME_DRIVERS, type RangeOfOutcomes } from '../../../../shared/report/rangeOfOutcomes'
import {
  RANGE_OF_OUTCOMES_TITLE,
  chancePct,
  featureOutcomesCaption,
  featureOutcomesTable,
  rangeHeadline,
  runSettingsText,
} from '../../../../shared/report/rangeOfOutcomesTables'
import { chartHtml } from '../chartHtml'
import { escapeHtml } from '../escape'
import { tableHtml } from '../tableHtml'
import { sectionHtml } from './section'

/** The fan fills its page under the headline; the two charts side by side leave the table room. */
const FAN_HEIGHT_PX = 500
const SIDE_BY_SIDE_HEIGHT_PX = 300

/** The screen's figure at the height the printed page has room for. */
const atHeight = (figure: Figure, height: number): Figure => ({
  ...figure,
  layout: { ...figure.layout, height },
})

function factsHtml(outcomes: RangeOfOutcomes): string {
  const { grossMarginPct: margin, deterministic, probBelowFloor, floorPct } = outcomes.portfolio
  const items: [string, string][] = [
    ['Median margin', formatPct(margin?.p50)],
    [
      '90% of outcomes',
      margin === null ? '—' : `${formatPct(margin.p5)} to ${formatPct(margin.p95)}`,
    ],
    [`Chance below the ${formatFloorPct(floorPct)} floor`, chancePct(probBelowFloor)],
    ['Plan', formatPct(deterministic.grossMarginPct)],
  ]
  const text = items.map(
    ([label, value]) => `<span>${escapeHtml(label)}: <b>${escapeHtml(value)}</b></span>`,
  )
  return `<p class="facts">${text.join('')}</p>`
}

const noteHtml = (text: string) => `<p class="caption">${escapeHtml(text)}</p>`

function outlookPart(report: BoardReport, outcomes: RangeOfOutcomes): string {
  const fan = outcomeFanFigure(outcomes.forecast, {
    metric: 'grossMarginPct',
    floorPct: outcomes.portfolio.floorPct,
  })
  return sectionHtml(
    RANGE_OF_OUTCOMES_TITLE,
    rangeHeadline(outcomes),
    [
      factsHtml(outcomes),
      `<h3>Gross margin by month: the plan, the median and where the draws land</h3>`,
      chartHtml(
        atHeight(fan, FAN_HEIGHT_PX),
        'Portfolio gross margin by month: P5–P95 and P25–P75 bands, the median and the plan',
      ),
      noteHtml(runSettingsText(outcomes, report.scenario.id, report.month.index)),
    ].join('\n'),
    { newPage: true, keep: true },
  )
}

function histogramHtml(outcomes: RangeOfOutcomes): string {
  const { grossMarginPct: margin, deterministic, floorPct } = outcomes.portfolio
  if (margin === null) return '<p class="empty">No draw has revenue, so no margin to show.</p>'
  const figure = marginHistogramFigure(outcomes.portfolioMarginPct, {
    floorPct,
    deterministic: deterministic.grossMarginPct,
    p5: margin.p5,
    p95: margin.p95,
  })
  return chartHtml(
    atHeight(figure, SIDE_BY_SIDE_HEIGHT_PX),
    'Portfolio gross margin across the draws, with the floor, the plan, P5 and P95 marked',
  )
}

/**
 * The screen's drivers chart, for half a page: its legend always shown (on paper no hover says
 * what the colours mean) and its axis titled short enough for the half-width.
 */
function driversHtml(outcomes: RangeOfOutcomes): string {
  const figure = driversFigure(
    outcomes.drivers,
    (path) => outcomes.pathWords[path] ?? path,
    OUTCOME_DRIVERS,
  )
  const { layout } = atHeight(figure, SIDE_BY_SIDE_HEIGHT_PX)
  const printed: Figure = {
    ...figure,
    layout: {
      ...layout,
      showlegend: true,
      xaxis: { ...layout.xaxis, title: { text: 'Share of the spread (%)' } },
    },
  }
  return chartHtml(printed, 'Share of the spread in portfolio margin explained by each range')
}

function spreadPart(report: BoardReport, outcomes: RangeOfOutcomes): string {
  const month = formatMonth(outcomes.month)
  const draws = formatNumber(outcomes.draws, 0)
  const column = (heading: string, content: string) =>
    `<div><h3>${escapeHtml(heading)}</h3>\n${content}</div>`
  const charts = sectionHtml(
    'What moves the margin',
    `Portfolio margin in ${month} across ${draws} draws, and the ranges that spread it most: ` +
      'each bar is the share of the spread a range explains (rank correlation).',
    `<div style="display:grid;grid-template-columns:1fr 1fr;gap:24px">
${column(`Portfolio margin in ${month}, share of draws`, histogramHtml(outcomes))}
${column('What drives the spread', driversHtml(outcomes))}
</div>`,
    { newPage: true, keep: true },
  )
  const features = featureOutcomesTable(outcomes, report.names.features)
  const table = sectionHtml(
    features.title,
    `${featureOutcomesCaption(outcomes)}, with the chance of ending below each floor.`,
    tableHtml(features, 'No features.'),
  )
  return `${charts}\n${table}`
}

/** Nothing when the scenario has no range in force. */
export function rangeOfOutcomesSection(report: BoardReport): string {
  const outcomes = report.rangeOfOutcomes
  if (outcomes === undefined) return ''
  return `${outlookPart(report, outcomes)}\n${spreadPart(report, outcomes)}`
}
