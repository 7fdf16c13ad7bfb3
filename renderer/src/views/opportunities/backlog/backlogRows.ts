/**
 * The backlog grid's rows: each item as stored, beside its evaluation against the active
 * scenario, and the total of what is planned or shipped. While the evaluation for the current
 * scenario, month and items is on its way, the figures shown are the last answer's (not current):
 * the section dims them and its hint says they are updating.
 */
import { plannedTotal, type LeverEvaluation } from '../../../../../shared/backlog'
import type { BacklogItem } from '../../../../../shared/model/types'
import type { JobAnswer } from '../jobs/useJobAnswer'

export type ItemEvaluation = LeverEvaluation<BacklogItem>

export type BacklogRow =
  | { kind: 'item'; item: BacklogItem; evaluation: ItemEvaluation | undefined }
  /** `grossProfit` null: nothing evaluated yet (or the evaluation failed), so no total to show. */
  | { kind: 'total'; grossProfit: number | null }

/** `updating`: the figures shown are the last evaluation's, the one for the inputs now on its way. */
export type BacklogState = 'computing' | 'ready' | 'updating' | 'failed'

/** What the rows show: the evaluations (null: none yet), and how far they are to be trusted. */
export interface BacklogFigures {
  evaluations: readonly ItemEvaluation[] | null
  state: BacklogState
}

/** The figures a job answer gives: the last one's, updating while the next is on its way. */
export function backlogFigures(answer: JobAnswer<ItemEvaluation[]>): BacklogFigures {
  if (answer.status !== 'ready') return { evaluations: null, state: answer.status }
  return { evaluations: answer.value, state: answer.current ? 'ready' : 'updating' }
}

/** The grid's hint: what the backlog is, or that its figures are being evaluated or cannot be. */
export function backlogHint(answer: JobAnswer<ItemEvaluation[]>, hasItems: boolean): string {
  const about =
    'The levers the team keeps, judged against the active scenario from the month above.'
  if (!hasItems) return about
  if (answer.status === 'failed') return `The items cannot be evaluated: ${answer.message}`
  if (answer.status === 'computing') return 'Evaluating the items against the active scenario…'
  return answer.current ? about : 'Updating… the dimmed figures are from before the last change.'
}

/** Items in stored order; an item added since the last evaluation has none yet. */
export function backlogRows(
  items: readonly BacklogItem[],
  evaluations: BacklogFigures['evaluations'],
): BacklogRow[] {
  const byId = new Map((evaluations ?? []).map((evaluation) => [evaluation.lever.id, evaluation]))
  return items.map((item) => ({ kind: 'item', item, evaluation: byId.get(item.id) }))
}

/** The total row: what is planned or shipped (shared/backlog's plannedTotal, as the report). */
export function totalRow(
  items: readonly BacklogItem[],
  evaluations: BacklogFigures['evaluations'],
): BacklogRow {
  const grossProfit =
    evaluations === null ? null : plannedTotal(items, evaluations).deltaGrossProfitQuarter
  return { kind: 'total', grossProfit }
}

export const rowId = (row: BacklogRow): string => (row.kind === 'item' ? row.item.id : 'total')

export const rowName = (row: BacklogRow): string =>
  row.kind === 'item' ? row.item.title : 'Planned + shipped'
