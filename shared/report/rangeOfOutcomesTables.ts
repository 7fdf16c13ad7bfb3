/**
 * The range of outcomes (rangeOfOutcomes.ts) as the report's page and the deck's slide word it:
 * the headline, how to reproduce the run, each driver in words and the features' spread as a report
 * table, so the PDF and the deck carry the same figures in the same words.
 */
import { driverLabel } from '../charts/driversFigure'
import type { Driver, MarginDistribution } from '../simulation'
import { formatNumber, formatPct } from './format'
import { formatFloorPct, formatMonth } from './labels'
import type { ReportColumn, ReportTable } from './reportTable'
import type { RangeOfOutcomes } from './rangeOfOutcomes'

export const RANGE_OF_OUTCOMES_TITLE = 'Range of outcomes'

const column = (label: string, kind: ReportColumn['kind']): ReportColumn => ({ label, kind })

/**
 * A share of draws as a chance in whole percent, never rounded to a certainty the draws do not
 * show: "18%", "under 1%", "over 99%"; "0%" and "100%" only when no draw, or every one, is.
 */
export function chancePct(probability: number): string {
  if (probability > 0 && probability < 0.01) return 'under 1%'
  if (probability > 0.99 && probability < 1) return 'over 99%'
  return formatPct(probability * 100, 0)
}

/**
 * "Margin in Jan 2026: 61.3% median, 90% of outcomes between 52.0% and 68.0%; 18% chance of
 * ending below the 55% floor." The median, as the app's Uncertainty view leads with it.
 */
export function rangeHeadline(outcomes: RangeOfOutcomes): string {
  const { grossMarginPct: margin, probBelowFloor, floorPct } = outcomes.portfolio
  const month = formatMonth(outcomes.month)
  if (margin === null) return `Margin in ${month}: no draw has revenue.`
  return (
    `Margin in ${month}: ${formatPct(margin.p50)} median, 90% of outcomes between ` +
    `${formatPct(margin.p5)} and ${formatPct(margin.p95)}; ${chancePct(probBelowFloor)} chance of ` +
    `ending below the ${formatFloorPct(floorPct)} floor.`
  )
}

/** The command that prints the same figures: the scenario and month only when not the defaults. */
export function simulateCommand(
  outcomes: RangeOfOutcomes,
  scenarioId: string | null,
  monthIndex: number,
): string {
  const scenario = scenarioId === null ? '' : ` --scenario ${scenarioId}`
  const month = monthIndex === 0 ? '' : ` --month ${outcomes.month}`
  return `margin simulate <file>${scenario}${month} --seed ${outcomes.seed}`
}

/** "2,000 draws, seed 1 — margin simulate <file> --seed 1": how a reader reproduces the run. */
export function runSettingsText(
  outcomes: RangeOfOutcomes,
  scenarioId: string | null,
  monthIndex: number,
): string {
  const ranges = `${outcomes.rangeCount} ${outcomes.rangeCount === 1 ? 'range' : 'ranges'}`
  return (
    `${formatNumber(outcomes.draws, 0)} draws over ${ranges}, seed ${outcomes.seed} — ` +
    simulateCommand(outcomes, scenarioId, monthIndex)
  )
}

/** A driver in words: the input it draws, or its group and how many inputs move together. */
export const driverWords = (outcomes: RangeOfOutcomes, driver: Driver): string =>
  driverLabel(driver, (path) => outcomes.pathWords[path] ?? path)

/** "Support agent · price per unit: 42% of the spread, a higher value raises margin". */
export function driverText(outcomes: RangeOfOutcomes, driver: Driver): string {
  const direction = driver.rankCorrelation >= 0 ? 'raises' : 'lowers'
  return (
    `${driverWords(outcomes, driver)}: ${formatPct(driver.varianceShare * 100, 0)} of the ` +
    `spread, a higher value ${direction} margin`
  )
}

/** "8 of 12 features, widest spread first" or "Every feature, widest spread first". */
export function featureOutcomesCaption(outcomes: RangeOfOutcomes): string {
  const shown = outcomes.features.length
  const which =
    shown < outcomes.featureCount ? `${shown} of ${outcomes.featureCount} features` : 'Features'
  return `${which} by the spread of their margin in ${formatMonth(outcomes.month)}, widest first`
}

/** Each feature's P5, P50 and P95 margin and chance of ending below its floor; the portfolio last. */
export function featureOutcomesTable(
  outcomes: RangeOfOutcomes,
  names: Readonly<Record<string, string>>,
): ReportTable {
  const row = (name: string, distribution: MarginDistribution & { floorPct: number }) => {
    const margin = distribution.grossMarginPct
    return [
      name,
      distribution.floorPct,
      margin?.p5 ?? null,
      margin?.p50 ?? null,
      margin?.p95 ?? null,
      distribution.probBelowFloor * 100,
    ]
  }
  return {
    title: 'Margin by feature, across the draws',
    columns: [
      column('Feature', 'text'),
      column('Floor', 'pct'),
      column('P5 margin', 'pct'),
      column('P50 margin', 'pct'),
      column('P95 margin', 'pct'),
      column('Chance below floor', 'pct'),
    ],
    rows: [
      ...outcomes.features.map((feature) => row(names[feature.id] ?? feature.id, feature)),
      row('Portfolio', outcomes.portfolio),
    ],
  }
}
