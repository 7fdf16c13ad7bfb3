/**
 * The range of outcomes (DESIGN.md §11) a board report shows when the exported scenario has ranges
 * in force: one seeded run at the report's month with fixed, stated settings — those `margin
 * simulate` takes by default — so a reader can reproduce every figure of the page.
 */
import { applyOverrides, scenarioOverrides } from '../model/overrides'
import { describePath } from '../model/paths/words'
import type { WorkspaceDoc } from '../model/types'
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  effectiveRanges,
  simulate,
  type Driver,
  type FeatureDistribution,
  type ForecastBand,
  type PortfolioDistribution,
} from '../simulation'

/** The features a report lists: those whose margin spreads widest. */
export const OUTCOME_FEATURES = 8
/** The sources of spread a report names, biggest first. */
export const OUTCOME_DRIVERS = 6

export interface RangeOfOutcomes {
  draws: number
  seed: number
  /** 'YYYY-MM' of the report's month. */
  month: string
  /** How many ranges are in force for the scenario. */
  rangeCount: number
  portfolio: PortfolioDistribution
  /** At most OUTCOME_FEATURES, widest P5–P95 margin first (features without a margin last). */
  features: FeatureDistribution[]
  /** Every feature the run had: the table says how many it leaves out. */
  featureCount: number
  forecast: ForecastBand[]
  /** At most OUTCOME_DRIVERS, the largest share of the spread first. */
  drivers: Driver[]
  /** Every path of the drivers in words, read in the scenario's document at the month. */
  pathWords: Record<string, string>
  /** Portfolio margin at the month, one per draw (NaN: no revenue): the histogram's bars. */
  portfolioMarginPct: Float64Array
}

/** The settings the report runs with; a reader passes the same to `margin simulate`. */
export const REPORT_SIMULATION = { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED } as const

/** P5 to P95 of the margin in points; -1 (last) for a feature no draw gave revenue. */
const spreadOf = (feature: FeatureDistribution): number =>
  feature.grossMarginPct === null ? -1 : feature.grossMarginPct.p95 - feature.grossMarginPct.p5

/** Widest first; a tie keeps the document's order (sort is stable). */
const widestFirst = (features: readonly FeatureDistribution[]): FeatureDistribution[] =>
  [...features].sort((a, b) => spreadOf(b) - spreadOf(a)).slice(0, OUTCOME_FEATURES)

/**
 * Paths read where the scenario's overrides stand at the month, so an entity the scenario adds is
 * named as it was added; the baseline's document when the chain does not apply as a whole.
 */
function pathWordsOf(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
  drivers: readonly Driver[],
): Record<string, string> {
  const applied = applyOverrides(doc, scenarioOverrides(doc, scenarioId), month)
  const scenarioDoc = applied.ok ? applied.doc : doc
  const paths = new Set(drivers.flatMap((driver) => driver.paths))
  return Object.fromEntries([...paths].map((path) => [path, describePath(scenarioDoc, path)]))
}

/** Null when the scenario has no range in force: every draw would be the plan. */
export function rangeOfOutcomes(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): RangeOfOutcomes | null {
  if (effectiveRanges(doc, scenarioId).length === 0) return null
  const { result, samples } = simulate(doc, { scenarioId, month, ...REPORT_SIMULATION })
  const drivers = result.drivers.slice(0, OUTCOME_DRIVERS)
  return {
    draws: result.draws,
    seed: result.seed,
    month: result.month,
    rangeCount: result.ranges.length,
    portfolio: result.portfolio,
    features: widestFirst(result.features),
    featureCount: result.features.length,
    forecast: result.forecast,
    drivers,
    pathWords: pathWordsOf(doc, scenarioId, month, drivers),
    portfolioMarginPct: samples.portfolioMarginPct,
  }
}
