/**
 * The backlog grid's rows: each item as stored, beside its evaluation against the active
 * scenario, and the total of what is planned or shipped.
 */
import type { LeverEvaluation } from '../../../../../shared/backlog'
import type { BacklogItem, BacklogStatus } from '../../../../../shared/model/types'

export type ItemEvaluation = LeverEvaluation<BacklogItem>

export type BacklogRow =
  | { kind: 'item'; item: BacklogItem; evaluation: ItemEvaluation | undefined }
  | { kind: 'total'; grossProfit: number }

/** What the team counts on: ideas are not decided yet, dropped items never will be. */
const COUNTED: ReadonlySet<BacklogStatus> = new Set(['planned', 'shipped'])

/** Items in stored order; an item added since the last evaluation has none yet. */
export function backlogRows(
  items: readonly BacklogItem[],
  evaluations: readonly ItemEvaluation[],
): BacklogRow[] {
  const byId = new Map(evaluations.map((evaluation) => [evaluation.lever.id, evaluation]))
  return items.map((item) => ({ kind: 'item', item, evaluation: byId.get(item.id) }))
}

/**
 * Σ of the planned and shipped items' own gains. Items that change the same thing do not add up
 * exactly (two routings of one step); each is judged alone against the active scenario.
 */
export function plannedTotal(rows: readonly BacklogRow[]): BacklogRow {
  let grossProfit = 0
  for (const row of rows) {
    if (row.kind !== 'item' || !COUNTED.has(row.item.status)) continue
    if (row.evaluation !== undefined && row.evaluation.error === undefined) {
      grossProfit += row.evaluation.deltaGrossProfitQuarter
    }
  }
  return { kind: 'total', grossProfit }
}

export const rowId = (row: BacklogRow): string => (row.kind === 'item' ? row.item.id : 'total')

export const rowName = (row: BacklogRow): string =>
  row.kind === 'item' ? row.item.title : 'Planned + shipped'
