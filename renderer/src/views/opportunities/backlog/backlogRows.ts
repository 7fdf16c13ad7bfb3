/**
 * The backlog grid's rows: each item as stored, beside its evaluation against the active
 * scenario, and the total of what is planned or shipped.
 */
import { plannedTotal, type LeverEvaluation } from '../../../../../shared/backlog'
import type { BacklogItem } from '../../../../../shared/model/types'

export type ItemEvaluation = LeverEvaluation<BacklogItem>

export type BacklogRow =
  | { kind: 'item'; item: BacklogItem; evaluation: ItemEvaluation | undefined }
  | { kind: 'total'; grossProfit: number }

/** Items in stored order; an item added since the last evaluation has none yet. */
export function backlogRows(
  items: readonly BacklogItem[],
  evaluations: readonly ItemEvaluation[],
): BacklogRow[] {
  const byId = new Map(evaluations.map((evaluation) => [evaluation.lever.id, evaluation]))
  return items.map((item) => ({ kind: 'item', item, evaluation: byId.get(item.id) }))
}

/** The total row: what is planned or shipped (shared/backlog's plannedTotal, as the report). */
export function totalRow(
  items: readonly BacklogItem[],
  evaluations: readonly ItemEvaluation[],
): BacklogRow {
  return { kind: 'total', grossProfit: plannedTotal(items, evaluations).deltaGrossProfitQuarter }
}

export const rowId = (row: BacklogRow): string => (row.kind === 'item' ? row.item.id : 'total')

export const rowName = (row: BacklogRow): string =>
  row.kind === 'item' ? row.item.title : 'Planned + shipped'
