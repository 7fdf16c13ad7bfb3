/**
 * The sentences a board reads first, generated from the report's numbers: the takeaway under the
 * summary's title and the highlights beneath its tiles.
 */
import { waterfallSteps } from '../../../shared/charts/waterfallFigure'
import type { FeatureResult } from '../../../shared/engine/results'
import type { BoardReport } from '../../../shared/report/boardReport'
import { formatMoney, formatPct } from '../../../shared/report/format'
import { describeGapToFloor, formatMonth } from '../../../shared/report/labels'
import { shorten } from './textFit'

/** Names inside a sentence are kept short so the sentence still fits its line. */
const NAME_CHARS = 40

const featureName = (report: BoardReport, feature: FeatureResult): string =>
  shorten(report.names.features[feature.id] ?? feature.id, NAME_CHARS)

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many)

function featuresClause(report: BoardReport): string {
  const features = report.result.features
  const below = report.atRisk.filter((feature) => feature.zone === 'red')
  const near = report.atRisk.length - below.length
  const worst = below[0]
  if (worst) {
    const count = `${below.length} of ${features.length} ${plural(features.length, 'feature', 'features')}`
    return `${count} ${plural(below.length, 'is', 'are')} below floor, lowest ${featureName(report, worst)} at ${formatPct(worst.grossMarginPct)}`
  }
  if (near > 0) return `no feature is below its floor, ${near} ${plural(near, 'is', 'are')} near it`
  return 'every feature with revenue clears its floor'
}

/** "Blended gross margin of 64.0% is 9.0 pts above its 55% floor; 1 of 2 features is below…" */
export function summaryTakeaway(report: BoardReport): string {
  const { grossMarginPct, floorPct } = report.result.portfolio
  if (grossMarginPct === null) {
    return `No revenue in ${formatMonth(report.month.label)}: the blended margin is undefined.`
  }
  const margin = `Blended gross margin of ${formatPct(grossMarginPct)} is ${describeGapToFloor(grossMarginPct, floorPct)}`
  return `${margin}; ${featuresClause(report)}.`
}

function largestCost(report: BoardReport): string | null {
  const { revenue, grossProfit } = report.result.portfolio
  const costs = waterfallSteps({ revenue, grossProfit, layers: report.result.layers }).filter(
    (step) => step.measure === 'relative',
  )
  const largest = costs.reduce<(typeof costs)[number] | undefined>(
    (most, step) => (most === undefined || step.value < most.value ? step : most),
    undefined,
  )
  if (!largest) return null
  const share = revenue > 0 ? `, ${formatPct((-largest.value / revenue) * 100)} of revenue` : ''
  return `Largest cost: ${largest.label}, ${formatMoney(-largest.value)} a month${share}.`
}

/** "Lowest margin: Complex resolution at 10.0%, 45.0 pts below its 55% floor." */
export function lowestMargin(report: BoardReport): string | null {
  const lowest = report.result.features
    .filter((feature) => feature.grossMarginPct !== null)
    .reduce<FeatureResult | undefined>(
      (worst, feature) =>
        worst === undefined || (feature.grossMarginPct ?? 0) < (worst.grossMarginPct ?? 0)
          ? feature
          : worst,
      undefined,
    )
  if (!lowest || lowest.grossMarginPct === null) return null
  return `Lowest margin: ${featureName(report, lowest)} at ${formatPct(lowest.grossMarginPct)}, ${describeGapToFloor(lowest.grossMarginPct, lowest.floorPct)}.`
}

function forecastDirection(report: BoardReport): string | null {
  const rows = report.forecasts[0]?.rows ?? []
  const first = rows[0]
  const last = rows[rows.length - 1]
  if (!first || !last || rows.length < 2) return null
  return (
    `Forecast: gross margin ${formatPct(first.grossMarginPct)} in ${formatMonth(first.month)}, ` +
    `${formatPct(last.grossMarginPct)} by ${formatMonth(last.month)}; monthly gross profit ` +
    `${formatMoney(first.grossProfit)} → ${formatMoney(last.grossProfit)}.`
  )
}

/** Up to three facts behind the tiles: where margin is thinnest, what costs most, where it heads. */
export function summaryHighlights(report: BoardReport): string[] {
  return [lowestMargin(report), largestCost(report), forecastDirection(report)].filter(
    (line): line is string => line !== null,
  )
}
