/**
 * A paste, from the clipboard's text to the commit it makes. A block that runs past the last row
 * asks first: add the rows it needs (created as "+ Add" creates them, committed with the pasted
 * values as one undo step), paste only what fits, or cancel. Where rows cannot be added, nothing
 * is pasted and the refusal says how many values did not fit.
 */
import type { Edit } from '../../../shared/model/editTypes'
import { askChoice } from '../frame/choiceStore'
import {
  pasteChanges,
  planGridPaste,
  type GestureResult,
  type GridLayout,
  type NewRow,
} from './gridGestures'
import { addRowsQuestion, rowsMissingRefusal, type PasteChoice } from './pasteReport'

/** How a grid of a collection adds the rows a paste needs. */
export interface RowAdder<Row> {
  /** Singular: "feature". */
  noun: string
  /** Why rows cannot be added now, asked before anything is created; null when they can. */
  refusal(): string | null
  /** `count` new rows after `template` (the last row): their insert edits and their cells. */
  add(count: number, template: Row): { edits: Edit[]; rows: NewRow<Row>[] } | string
}

export type PasteResult = GestureResult & { leadingEdits?: Edit[] }

const NO_ADDER = 'this grid has a fixed set of rows'

export async function pasteGesture<Row>(
  layout: GridLayout<Row>,
  text: string,
  rowName: (row: Row) => string,
  adder: RowAdder<Row> | undefined,
): Promise<PasteResult> {
  const pasting = planGridPaste(layout, text)
  if (pasting === null) return { kind: 'nothing' }
  const { plan, blockRows } = pasting
  if (plan.missingRows === 0) return pasteChanges(layout, plan, rowName)
  const refusal = adder === undefined ? NO_ADDER : adder.refusal()
  if (adder === undefined || refusal !== null) {
    return { kind: 'refused', reason: rowsMissingRefusal(plan, blockRows, refusal ?? NO_ADDER) }
  }
  const choice = (await askChoice(
    addRowsQuestion(plan, blockRows, adder.noun),
  )) as PasteChoice | null
  if (choice === null) return { kind: 'nothing' }
  if (choice === 'fit') return pasteChanges(layout, plan, rowName)
  const template = layout.rowAt(plan.rowCount - 1)
  const added = template === undefined ? NO_ADDER : adder.add(plan.missingRows, template)
  if (typeof added === 'string') {
    return { kind: 'refused', reason: rowsMissingRefusal(plan, blockRows, added) }
  }
  const result = pasteChanges(layout, plan, rowName, added.rows)
  return result.kind === 'changes' ? { ...result, leadingEdits: added.edits } : result
}
