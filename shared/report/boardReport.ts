/**
 * Everything a board output shows, computed once by the engine for one scenario, one as-of month
 * and the scenarios compared beside it. The deck, the PDF, the CSV tables and the CLI read this
 * one object, so a number on a slide is the number on the screen.
 */
import { compute } from '../engine/compute'
import { monthLabel } from '../engine/months'
import type { WeeklyReview } from '../actuals/weeklyReview'
import type { ComputeResult, FeatureResult, ForecastRow } from '../engine/results'
import type { WorkspaceDoc } from '../model/types'
import { assumptionsOf, type Assumptions } from './assumptions'
import { compareWithDeltas, type ComparedScenario, type DeltaBase } from './comparison'
import { marginPlan, type MarginPlan } from './marginPlan'
import { namesById } from './names'
import { rangeOfOutcomes, type RangeOfOutcomes } from './rangeOfOutcomes'
import { scenarioName } from './scenarioNames'

export interface BoardReportOptions {
  /** Null: the baseline. */
  scenarioId: string | null
  /** The scenarios shown beside it (null: the baseline); the report's own is always added. */
  compare: readonly (string | null)[]
  /** Months from startMonth. */
  month: number
  /** 'YYYY-MM-DD': the day the report is made, printed on its title. */
  generatedOn: string
  /** What the comparison's deltas are taken against; default the baseline. */
  deltaAgainst?: DeltaBase
  /** Whether to run the range of outcomes and weigh the levers (the margin plan); default true. */
  outlook?: boolean
}

export interface ScenarioRef {
  id: string | null
  name: string
}

export interface ForecastLine {
  scenario: ScenarioRef
  rows: ForecastRow[]
}

export interface BoardReport {
  workspaceName: string
  scenario: ScenarioRef
  month: { index: number; label: string }
  generatedOn: string
  result: ComputeResult
  /** The compared scenarios at the same month, in the order asked for, with their deltas. */
  comparison: ComparedScenario[]
  /** The report's scenario first, then each compared one not already drawn. */
  forecasts: ForecastLine[]
  /** Features below or near their floor, worst margin first. */
  atRisk: FeatureResult[]
  assumptions: Assumptions
  /** In document order, for tables that list every feature. */
  features: { id: string; name: string }[]
  names: {
    features: Record<string, string>
    cohorts: Record<string, string>
    selfHost: Record<string, string>
  }
  /**
   * The weekly review of the workspace file's imported actuals, added by the export that has
   * them (the document alone has none): the PDF and the deck then show it before the appendix.
   */
  weeklyReview?: WeeklyReview | null
  /** The spread of outcomes over the scenario's ranges (§11); absent when none is in force. */
  rangeOfOutcomes?: RangeOfOutcomes
  /** The backlog and the best proposed levers (§12); absent when there is neither. */
  marginPlan?: MarginPlan
}

/** Worst first; a feature without a margin (no revenue) sorts last. */
function atRiskOf(features: readonly FeatureResult[]): FeatureResult[] {
  return features
    .filter((feature) => feature.zone === 'red' || feature.zone === 'yellow')
    .sort(
      (a, b) =>
        (a.grossMarginPct ?? Number.POSITIVE_INFINITY) -
        (b.grossMarginPct ?? Number.POSITIVE_INFINITY),
    )
}

/**
 * The scenarios set side by side: those asked for, with the report's own scenario always among
 * them (after the baseline when it leads), so a deck never compares everything but its subject.
 */
export function comparedScenarioIds(
  scenarioId: string | null,
  compare: readonly (string | null)[],
): (string | null)[] {
  const ids = [...new Set(compare)]
  if (ids.includes(scenarioId)) return ids
  const at = ids[0] === null ? 1 : 0
  return [...ids.slice(0, at), scenarioId, ...ids.slice(at)]
}

/** Throws on an unknown scenario or overrides that do not apply (validate the document first). */
export function buildBoardReport(doc: WorkspaceDoc, options: BoardReportOptions): BoardReport {
  const { scenarioId, month } = options
  const compared = comparedScenarioIds(scenarioId, options.compare)
  // Each compared scenario computed once: its forecast line and its column of the comparison.
  const results = new Map(compared.map((id) => [id, compute(doc, { scenarioId: id, month })]))
  const result = results.get(scenarioId) as ComputeResult
  const scenario = { id: scenarioId, name: scenarioName(doc, scenarioId) }
  const others = compared.filter((id) => id !== scenarioId)
  const outlook = options.outlook ?? true
  const outcomes = outlook ? rangeOfOutcomes(doc, scenarioId, month) : null
  const plan = outlook ? marginPlan(doc, scenarioId, month) : null
  const forecasts: ForecastLine[] = [scenario.id, ...others].map((id) => ({
    scenario: { id, name: scenarioName(doc, id) },
    rows: (results.get(id) as ComputeResult).forecast,
  }))
  return {
    workspaceName: doc.name,
    scenario,
    month: { index: month, label: monthLabel(doc, month) },
    generatedOn: options.generatedOn,
    result,
    comparison: compareWithDeltas(
      doc,
      compared,
      month,
      options.deltaAgainst ?? 'baseline',
      results,
    ),
    forecasts,
    atRisk: atRiskOf(result.features),
    assumptions: assumptionsOf(doc, scenarioId, month),
    features: doc.features.map(({ id, name }) => ({ id, name })),
    names: {
      features: namesById(doc.features),
      cohorts: namesById(doc.cohorts),
      selfHost: namesById(doc.selfHost),
    },
    ...(outcomes === null ? {} : { rangeOfOutcomes: outcomes }),
    ...(plan === null ? {} : { marginPlan: plan }),
  }
}
