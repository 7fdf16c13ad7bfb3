/**
 * The margin plan (DESIGN.md §12) a board report shows: the items the team keeps in its backlog,
 * with where they stand and who owns them, then the best levers the workspace proposes that nobody
 * kept yet — every one judged in dollars against the exported scenario over the quarter from the
 * report's month, exactly as the Opportunities view and `margin levers` judge it.
 */
import {
  candidateLevers,
  evaluateLevers,
  plannedTotal,
  type Lever,
  type LeverEvaluation,
  type OverrideChange,
  type PlannedTotal,
} from '../backlog'
import { quarterMonths } from '../backlog/quarter'
import { monthLabel } from '../engine/months'
import { scenarioOverrides } from '../model/overrides'
import type { BacklogItem, Override, WorkspaceDoc } from '../model/types'

/** Rows of the plan: what a page or a slide holds at a readable size. */
export const MARGIN_PLAN_ROWS = 8

export interface MarginPlanRow {
  id: string
  title: string
  /** A kept backlog item's standing; absent for a proposed lever. */
  kept?: Pick<BacklogItem, 'status' | 'owner' | 'due'>
  deltaGrossProfitQuarter: number
  deltaMarginPts: number | null
  needsQualityCheck: boolean
  paybackMonths: number | null
  /** Why a kept item could not be evaluated: its overrides no longer apply to the workspace. */
  error?: string
}

export interface MarginPlan {
  /** The months each Δ gross profit adds up ('YYYY-MM'): three, fewer at the horizon's end. */
  months: string[]
  rows: MarginPlanRow[]
  /** Null when no item is planned or shipped. */
  planned: PlannedTotal | null
  /** Kept items and proposed levers with a gain that did not fit in the rows. */
  leftOut: number
}

/**
 * An item kept by hand carries no flag of its own: it needs the quality check its lever does, or,
 * without one, when it moves calls between models or changes output length, as levers that do are
 * marked (§12).
 */
function keptNeedsQualityCheck(item: BacklogItem, levers: ReadonlyMap<string, Lever>): boolean {
  const lever = item.leverId === undefined ? undefined : levers.get(item.leverId)
  if (lever !== undefined) return lever.needsQualityCheck
  return item.overrides.some(({ path }) => {
    const segments = path.split('/')
    return segments.includes('mix') || (segments.at(-1) ?? '').startsWith('outputTokens')
  })
}

/**
 * Levers setting the same inputs are alternatives (route 25, 50 or 100% of a step): the plan
 * shows the best of them, and none where the team already keeps one.
 */
const inputsKey = (overrides: readonly Override[]): string =>
  [...new Set(overrides.map((override) => override.path))].sort().join('\n')

function rowOf(
  evaluation: LeverEvaluation<OverrideChange>,
  title: string,
  needsQualityCheck: boolean,
  kept?: BacklogItem,
): MarginPlanRow {
  return {
    id: evaluation.lever.id,
    title,
    ...(kept === undefined
      ? {}
      : { kept: { status: kept.status, owner: kept.owner, due: kept.due } }),
    deltaGrossProfitQuarter: evaluation.deltaGrossProfitQuarter,
    deltaMarginPts: evaluation.deltaMarginPts,
    needsQualityCheck,
    paybackMonths: evaluation.paybackMonths,
    ...(evaluation.error === undefined ? {} : { error: evaluation.error }),
  }
}

const asChange = (item: BacklogItem): OverrideChange => ({
  id: item.id,
  overrides: item.overrides,
  ...(item.oneOffCost === undefined ? {} : { oneOffCost: item.oneOffCost }),
})

/**
 * The proposed levers that add gross profit, most first: one of each set of alternatives, and
 * none the team keeps or has dropped, nor an alternative of one.
 */
function freshProposals(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
  levers: readonly Lever[],
): LeverEvaluation<Lever>[] {
  const backlog = doc.backlog ?? []
  const keptLevers = new Set(backlog.flatMap((item) => item.leverId ?? []))
  const seenInputs = new Set(backlog.map((item) => inputsKey(item.overrides)))
  return evaluateLevers(doc, scenarioId, levers, { month }).filter((evaluation) => {
    const key = inputsKey(evaluation.lever.overrides)
    const fresh =
      evaluation.error === undefined &&
      evaluation.deltaGrossProfitQuarter > 0 &&
      !keptLevers.has(evaluation.lever.id) &&
      !seenInputs.has(key)
    // Ranked best first, so the first of a set of alternatives is the one shown.
    if (fresh) seenInputs.add(key)
    return fresh
  })
}

/** Null when nothing is kept (or all of it dropped) and no lever adds gross profit. */
export function marginPlan(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): MarginPlan | null {
  const items = (doc.backlog ?? []).filter((item) => item.status !== 'dropped')
  const levers = candidateLevers(doc, scenarioId, month)
  const leversById = new Map(levers.map((lever) => [lever.id, lever]))
  const itemsById = new Map(items.map((item) => [item.id, item]))
  const kept = evaluateLevers(doc, scenarioId, items.map(asChange), { month, check: true })

  const proposed = freshProposals(doc, scenarioId, month, levers)
  if (kept.length === 0 && proposed.length === 0) return null

  const rows = [
    ...kept.map((evaluation) => {
      const item = itemsById.get(evaluation.lever.id)!
      return rowOf(evaluation, item.title, keptNeedsQualityCheck(item, leversById), item)
    }),
    ...proposed.map((evaluation) =>
      rowOf(evaluation, evaluation.lever.title, evaluation.lever.needsQualityCheck),
    ),
  ]
  const months = quarterMonths(doc, scenarioOverrides(doc, scenarioId), month)
  const planned = plannedTotal(items, kept)
  return {
    months: months.map((each) => monthLabel(doc, each)),
    rows: rows.slice(0, MARGIN_PLAN_ROWS),
    planned: planned.count === 0 ? null : planned,
    leftOut: Math.max(0, rows.length - MARGIN_PLAN_ROWS),
  }
}
