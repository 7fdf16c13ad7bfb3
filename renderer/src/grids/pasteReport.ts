/**
 * What a paste says when its block does not fit the grid: the question before adding the rows it
 * needs, the refusal where rows cannot be added, and the note on values it left out. A paste never
 * drops a value without saying so.
 */
import type { ChoiceRequest } from '../frame/choiceStore'
import { valuesLeftOut, type LeftOut, type PastePlan } from './clipboardPlan'
import { countOf } from '../plural'

export type PasteChoice = 'add' | 'fit'

function missingText(plan: PastePlan, blockRows: number): string {
  const verb = plan.missingRows === 1 ? 'is' : 'are'
  return (
    `The pasted block has ${countOf(blockRows, 'row')}; ` +
    `${countOf(plan.missingRows, 'row')} ${verb} missing below.`
  )
}

/** "2 past the last column and 1 over a read-only column"; null when nothing is left out. */
export function describeLeftOut(left: LeftOut): string | null {
  const parts = [
    left.belowLastRow > 0 && `${left.belowLastRow} below the last row`,
    left.pastLastColumn > 0 && `${left.pastLastColumn} past the last column`,
    left.overReadOnly > 0 &&
      `${left.overReadOnly} over ${left.overReadOnly === 1 ? 'a read-only column' : 'read-only columns'}`,
  ].filter((part): part is string => typeof part === 'string')
  const last = parts.pop()
  if (last === undefined) return null
  return parts.length === 0 ? last : `${parts.join(', ')} and ${last}`
}

/** After a paste: "Pasted 2 of 9 values; left out: 6 below the last row and 1 past …". */
export function leftOutNote(pasted: number, left: LeftOut): string | null {
  const what = describeLeftOut(left)
  if (what === null) return null
  const total = pasted + left.belowLastRow + left.pastLastColumn + left.overReadOnly
  return `Pasted ${pasted} of ${countOf(total, 'value')}; left out ${what}.`
}

/** Asked when the block runs past the last row of a grid that can add rows. */
export function addRowsQuestion(plan: PastePlan, blockRows: number, noun: string): ChoiceRequest {
  const left = valuesLeftOut(plan, true)
  const sideways = describeLeftOut(left)
  const leftCount = left.pastLastColumn + left.overReadOnly
  return {
    title: 'Paste past the last row',
    message:
      `${missingText(plan, blockRows)} Add ${countOf(plan.missingRows, `new ${noun}`)}?` +
      (sideways === null
        ? ''
        : ` Either way, ${countOf(leftCount, 'value')} ${leftCount === 1 ? 'is' : 'are'} left out: ${sideways}.`),
    choices: [
      { value: 'fit' satisfies PasteChoice, label: 'Paste only what fits' },
      {
        value: 'add' satisfies PasteChoice,
        label: `Add ${countOf(plan.missingRows, 'row')}`,
        primary: true,
      },
    ],
  }
}

/** Where rows cannot be added (a fixed matrix, a scenario): nothing is pasted, and this says why. */
export function rowsMissingRefusal(plan: PastePlan, blockRows: number, why: string): string {
  return (
    `Nothing pasted. ${missingText(plan, blockRows)} ${countOf(plan.valuesBelow, 'value')} did ` +
    `not fit, and rows cannot be added here (${why}).`
  )
}
