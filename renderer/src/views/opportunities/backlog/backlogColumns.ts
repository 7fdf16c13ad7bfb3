/**
 * The backlog grid's columns: the item's own fields, typed and pasted like any grid's, then what
 * the item does to the active scenario (read-only, from its evaluation).
 */
import type { BacklogItem, BacklogStatus } from '../../../../../shared/model/types'
import { paths } from '../../../../../shared/model/paths/build'
import { formatMoney } from '../../../../../shared/report/format'
import { computedColumn } from '../../../grids/fieldColumns'
import type { CellValue, GridColumn, ParsedCell } from '../../../grids/gridColumn'
import { dateFormatProblem } from '../../models/priceHistory'
import { formatGain, formatPtsChange } from '../figures'
import type { BacklogRow, ItemEvaluation } from './backlogRows'

type ItemField = Exclude<keyof BacklogItem & string, 'id' | 'overrides' | 'leverId'>

const STATUS_OPTIONS: { value: BacklogStatus; label: string }[] = [
  { value: 'idea', label: 'Idea' },
  { value: 'planned', label: 'Planned' },
  { value: 'shipped', label: 'Shipped' },
  { value: 'dropped', label: 'Dropped' },
]

/** What the total row says in the title column. */
export const TOTAL_TITLE = 'Planned + shipped, over the next 3 months'

/** An editable field of an item; the total row shows `total` there (or nothing). */
function itemField(
  name: ItemField,
  label: string,
  kind: GridColumn<BacklogRow>['kind'],
  options: Partial<GridColumn<BacklogRow>> = {},
  total: CellValue = null,
): GridColumn<BacklogRow> {
  return {
    id: name,
    label,
    kind,
    value: (row) => (row.kind === 'item' ? row.item[name] : total),
    path: (row) => (row.kind === 'item' ? paths.backlogItem(row.item.id, name) : null),
    ...options,
  }
}

/** A blank due date removes it; anything else must be a real day. */
function parseDue(raw: string): ParsedCell {
  if (raw === '') return { ok: true, value: null }
  const problem = dateFormatProblem(raw)
  return problem === null ? { ok: true, value: raw } : { ok: false, reason: problem }
}

const evaluationOf = (row: BacklogRow): ItemEvaluation | undefined =>
  row.kind === 'item' ? row.evaluation : undefined

const NO_LONGER_APPLIES = 'No longer applies'

/**
 * Marks a cell as one of the evaluation's figures, which the section dims while they are the last
 * evaluation's. Always the same for a column, so ag-grid never has to re-apply it: it re-applies a
 * cell's class only when the cell's value changes, and a figure the next evaluation confirms does
 * not change.
 */
export const FIGURE_CLASS = 'backlog-figure'

function gainValue(row: BacklogRow): CellValue {
  if (row.kind === 'total') return row.grossProfit
  const evaluation = row.evaluation
  if (evaluation === undefined) return null
  return evaluation.error === undefined
    ? evaluation.deltaGrossProfitQuarter
    : `${NO_LONGER_APPLIES}: ${evaluation.error}`
}

/** An item with no overrides changes nothing: it is a note until it holds a change. */
const noteTooltip = (row: BacklogRow) =>
  row.kind === 'item' && row.item.overrides.length === 0
    ? 'A note until it holds a change: select it and fill it from a scenario'
    : undefined

const paybackTooltip = (row: BacklogRow) =>
  row.kind === 'item' && row.item.oneOffCost === undefined
    ? 'Enter a one-off cost to see the months its gain takes to pay it back'
    : undefined

export const backlogColumns: GridColumn<BacklogRow>[] = [
  itemField('title', 'Title', 'text', { flex: 3, minWidth: 200, wrap: true }, TOTAL_TITLE),
  itemField('status', 'Status', 'enum', { width: 96, options: STATUS_OPTIONS }),
  itemField('owner', 'Owner', 'text', { optional: true, width: 104 }),
  itemField('due', 'Due', 'text', {
    optional: true,
    width: 104,
    parse: parseDue,
    headerTooltip: 'The day it is due, as YYYY-MM-DD',
  }),
  itemField('notes', 'Notes', 'text', {
    optional: true,
    flex: 2,
    minWidth: 120,
    tooltip: (row) => (row.kind === 'item' ? row.item.notes : undefined),
  }),
  itemField('oneOffCost', 'One-off cost', 'money', {
    unit: '$',
    optional: true,
    width: 100,
    format: (value) => (typeof value === 'number' ? formatMoney(value) : ''),
    headerTooltip: 'What shipping it costs once (USD), for the months to payback',
  }),
  computedColumn('gain', 'Δ gross profit, next 3 months', 'money', gainValue, {
    width: 136,
    wrap: true,
    format: (value) => (typeof value === 'number' ? formatGain(value) : (value ?? '')),
    cellClass: (row) =>
      typeof gainValue(row) === 'string' ? 'cell-no-longer-applies' : FIGURE_CLASS,
    tooltip: noteTooltip,
    headerTooltip:
      'Gross profit the item adds over the next 3 months against the active scenario; the total adds up each item alone',
  }),
  computedColumn(
    'pts',
    'Δ portfolio margin',
    'number',
    (row) => evaluationOf(row)?.deltaMarginPts ?? null,
    {
      width: 92,
      cellClass: () => FIGURE_CLASS,
      format: (value, row) =>
        evaluationOf(row) === undefined || typeof value !== 'number' ? '' : formatPtsChange(value),
    },
  ),
  computedColumn(
    'payback',
    'Payback',
    'integer',
    (row) => evaluationOf(row)?.paybackMonths ?? null,
    { unit: 'months', width: 88, tooltip: paybackTooltip, cellClass: () => FIGURE_CLASS },
  ),
]
