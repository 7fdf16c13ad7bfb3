/**
 * An explanation of one computed figure: its formula, and the numbers it was computed from, each
 * pointing at the cell it is shown in. Built from the engine's own results, so the popover's
 * numbers are the grid's.
 */

/** How a number reads; the screens map each to one formatter of shared/report/format.ts. */
export type ValueFormat =
  /** Monthly totals: "$1,234". */
  | 'money'
  /** Per seat or customer: "$12.34". */
  | 'cents'
  /** Per unit: "$0.0123". */
  | 'unitMoney'
  /** Per call, often a fraction of a cent: "$0.000218". */
  | 'callMoney'
  /** A price per million tokens: "$2.50 / MTok". */
  | 'perMTok'
  /** Percent as the engine holds it (77.5 is 77.5%). */
  | 'pct'
  | 'count'
  | 'tokens'
  /** A multiplier: "3×". */
  | 'times'

/** Where a number is shown: the row at `path` (a document path to an entity) and its column. */
export interface CellTarget {
  view: 'features' | 'pricing' | 'models'
  /** `features/<id>`, `features/<id>/steps/<id>`, `cohorts/<id>/usage/<featureId>`, … */
  path: string
  /** The grid column's id. */
  column: string
}

export interface Term {
  /** Names the term in its explanation's formula: `{key}`. */
  key: string
  label: string
  value: number | null
  format: ValueFormat
  target?: CellTarget
  /** How the term itself was computed, where it was. */
  explain?: Explanation
}

export interface Explanation {
  label: string
  value: number | null
  format: ValueFormat
  /**
   * The formula over the terms' `{key}`s, e.g. `({revenue} − {cogs}) ÷ {revenue}`. A formula of
   * `{a} + {b} + …` only is a sum: its terms add up to the value.
   */
  formula: string
  terms: Term[]
  /** Why the value is missing, or a condition it holds under (P95: a cache miss). */
  note?: string
}

/** `{a} + {b} + …`: the formula that adds up `terms`. */
export const sumFormula = (terms: readonly Term[]): string =>
  terms.map((term) => `{${term.key}}`).join(' + ')

/** `{a} + {b} + …` over the terms: an explanation whose terms add up to its value. */
export function sumOf(
  label: string,
  value: number | null,
  format: ValueFormat,
  terms: Term[],
  note?: string,
): Explanation {
  const formula = sumFormula(terms)
  return { label, value, format, formula, terms, ...(note === undefined ? {} : { note }) }
}

/** A term that is the sum of `terms` (their values added in order), explained as that sum. */
export function sumTerm(
  key: string,
  label: string,
  format: ValueFormat,
  terms: Term[],
  note?: string,
): Term {
  let value = 0
  for (const term of terms) value += term.value!
  return { key, label, value, format, explain: sumOf(label, value, format, terms, note) }
}

/**
 * A margin, `(revenue − cost) ÷ revenue`, over the two terms' keys; `note` says why it is
 * missing when `value` is null.
 */
export function marginOf(
  label: string,
  value: number | null,
  revenueTerm: Term,
  costTerm: Term,
  note: string,
): Explanation {
  const revenue = `{${revenueTerm.key}}`
  return {
    label,
    value,
    format: 'pct',
    formula: `(${revenue} − {${costTerm.key}}) ÷ ${revenue}`,
    terms: [revenueTerm, costTerm],
    ...(value === null ? { note } : {}),
  }
}
