/**
 * Levers judged in dollars (§12): each change's overrides chained after the active scenario's,
 * against the active scenario alone, over the quarter from month t. The difference of one month is
 * exactly what `margin compare` shows between the active scenario and a child scenario holding the
 * change's overrides: both run the same chain through the same engine path.
 */
import { assertMonth } from '../engine/monthResult'
import { wholeCountAtLeast } from '../engine/margins'
import { scenarioOverrides } from '../model/overrides'
import type { Override, WorkspaceDoc } from '../model/types'
import { overridesProblem } from '../model/validation/overridesProblem'
import { compareIds } from './compareIds'
import { quarterFigures, quarterMonths, type QuarterFigures } from './quarter'
import type { FeatureDelta, LeverEvaluation, OverrideChange } from './types'

export interface EvaluateOptions {
  /** The quarter's first month t; default 0. */
  month?: number
  /** By lever (or backlog item) id: what it costs once, for the months to payback. */
  oneOffCosts?: ReadonlyMap<string, number>
  /**
   * Check that each change leaves a valid document (a kept backlog item, typed or imported by
   * hand); proposed levers are valid by construction and skip the cost.
   */
  check?: boolean
}

interface Baseline {
  doc: WorkspaceDoc
  chain: readonly Override[]
  months: readonly number[]
  figures: QuarterFigures
  oneOffCosts: ReadonlyMap<string, number> | undefined
  check: boolean
}

const pointsBetween = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : after - before

/** The features whose revenue or cost the change moves at month t, in id order. */
function changedFeatureIds(before: QuarterFigures, after: QuarterFigures): string[] {
  return [...before.features.values()]
    .filter((feature) => {
      const changed = after.features.get(feature.id)
      return !changed || changed.revenue !== feature.revenue || changed.cogs !== feature.cogs
    })
    .map((feature) => feature.id)
}

function featureDeltas(
  ids: readonly string[],
  before: QuarterFigures,
  after: QuarterFigures,
): FeatureDelta[] {
  return ids.map((id) => {
    const marginBefore = before.features.get(id)?.grossMarginPct ?? null
    const marginAfter = after.features.get(id)?.grossMarginPct ?? null
    return { id, marginBefore, marginAfter, deltaPts: pointsBetween(marginBefore, marginAfter) }
  })
}

/** Whole months of the quarter's average monthly gain that cover the one-off cost. */
function paybackMonths(oneOffCost: number | undefined, gain: number, months: number) {
  if (oneOffCost === undefined || !(oneOffCost > 0) || !(gain > 0)) return null
  return wholeCountAtLeast(oneOffCost / (gain / months))
}

function evaluateChange<C extends OverrideChange>(
  baseline: Baseline,
  change: C,
): LeverEvaluation<C> {
  const { doc, chain, months, figures: before } = baseline
  let after: QuarterFigures
  try {
    const overrides = [...chain, ...change.overrides]
    const problem = baseline.check ? overridesProblem(doc, overrides) : null
    if (problem !== null) throw new Error(problem)
    after = quarterFigures(doc, overrides, months)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return {
      lever: change,
      deltaGrossProfitQuarter: 0,
      deltaMarginPts: null,
      features: [],
      paybackMonths: null,
      error: message,
    }
  }
  // Month by month, in order: the sum `margin compare` gives when its months are added up.
  let deltaGrossProfitQuarter = 0
  months.forEach((_, index) => {
    deltaGrossProfitQuarter += after.grossProfit[index]! - before.grossProfit[index]!
  })
  const oneOffCost = baseline.oneOffCosts?.get(change.id) ?? change.oneOffCost
  return {
    lever: change,
    deltaGrossProfitQuarter,
    deltaMarginPts: pointsBetween(before.portfolioMarginPct, after.portfolioMarginPct),
    features: featureDeltas(change.featureIds ?? changedFeatureIds(before, after), before, after),
    paybackMonths: paybackMonths(oneOffCost, deltaGrossProfitQuarter, months.length),
  }
}

/** Most dollars first (ties by id); changes that could not be evaluated last. */
function byRank<C extends OverrideChange>(a: LeverEvaluation<C>, b: LeverEvaluation<C>): number {
  const failed = Number(a.error !== undefined) - Number(b.error !== undefined)
  return (
    failed ||
    b.deltaGrossProfitQuarter - a.deltaGrossProfitQuarter ||
    compareIds(a.lever.id, b.lever.id)
  )
}

/**
 * Each change (a proposed lever, a kept backlog item) against the active scenario, ranked by Δ
 * gross profit over the quarter. Throws only when the active scenario itself cannot be evaluated;
 * a change whose overrides no longer apply comes back with an `error`.
 */
export function evaluateLevers<C extends OverrideChange>(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  changes: readonly C[],
  options: EvaluateOptions = {},
): LeverEvaluation<C>[] {
  const month = options.month ?? 0
  assertMonth(month)
  const chain = scenarioOverrides(doc, scenarioId)
  const months = quarterMonths(doc, chain, month)
  const baseline: Baseline = {
    doc,
    chain,
    months,
    figures: quarterFigures(doc, chain, months),
    oneOffCosts: options.oneOffCosts,
    check: options.check ?? false,
  }
  return changes.map((change) => evaluateChange(baseline, change)).sort(byRank)
}
