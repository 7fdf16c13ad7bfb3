/**
 * What the team counts on (§12): the backlog items planned or shipped, each judged alone against
 * the active scenario. The Backlog view's total row and the report's margin plan both read it.
 */
import type { BacklogItem, BacklogStatus } from '../model/types'
import type { LeverEvaluation, OverrideChange } from './types'

/** Ideas are not decided yet, dropped items never will be. */
const COUNTED: ReadonlySet<BacklogStatus> = new Set(['planned', 'shipped'])

export interface PlannedTotal {
  /** The planned and shipped items that still apply. */
  count: number
  deltaGrossProfitQuarter: number
}

/**
 * Σ of the planned and shipped items' own gains (evaluations keyed by item id). Two that change the
 * same input do not add up exactly; an item that no longer applies, or has no evaluation yet, adds
 * nothing.
 */
export function plannedTotal(
  items: readonly BacklogItem[],
  evaluations: readonly LeverEvaluation<OverrideChange>[],
): PlannedTotal {
  const byId = new Map(evaluations.map((evaluation) => [evaluation.lever.id, evaluation]))
  let count = 0
  let deltaGrossProfitQuarter = 0
  for (const item of items) {
    const evaluation = byId.get(item.id)
    if (!COUNTED.has(item.status) || evaluation === undefined || evaluation.error !== undefined) {
      continue
    }
    count++
    deltaGrossProfitQuarter += evaluation.deltaGrossProfitQuarter
  }
  return { count, deltaGrossProfitQuarter }
}
