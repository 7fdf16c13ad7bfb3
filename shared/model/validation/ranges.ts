import type { NumberRange } from './schemaTypes'

/** The bounds DESIGN.md §2 gives numeric fields, named once so the schema reads like the spec. */
export const NON_NEGATIVE: NumberRange = { min: 0 }
export const PERCENT: NumberRange = { min: 0, max: 100 }
export const PERCENT_BELOW_100: NumberRange = { min: 0, max: 100, maxExclusive: true }
export const PERCENT_ABOVE_0: NumberRange = { min: 0, minExclusive: true, max: 100 }
export const POSITIVE: NumberRange = { min: 0, minExclusive: true }
export const AT_LEAST_ONE: NumberRange = { min: 1 }
export const GROWTH_PERCENT: NumberRange = { min: -100 }
export const ANY_FINITE: NumberRange = {}
export const HORIZON_MONTHS: NumberRange = { min: 1, max: 120, integer: true }
export const MONTH_INDEX: NumberRange = { min: 0, integer: true }
export const WINDOW_DAYS: NumberRange = { min: 1, max: 90, integer: true }

export function isInRange(value: number, range: NumberRange): boolean {
  if (range.integer && !Number.isInteger(value)) return false
  if (range.min !== undefined && (range.minExclusive ? value <= range.min : value < range.min)) {
    return false
  }
  if (range.max !== undefined && (range.maxExclusive ? value >= range.max : value > range.max)) {
    return false
  }
  return true
}

/** `must not be negative`, `must be between 0 and 100`, `must be a whole number at least 0`, … */
export function describeRange(range: NumberRange): string {
  const { min, max } = range
  const wholeNumber = range.integer ? 'a whole number ' : ''
  if (min === 0 && !range.minExclusive && max === undefined && !range.integer) {
    return 'must not be negative'
  }
  if (min !== undefined && max !== undefined && !range.minExclusive && !range.maxExclusive) {
    return `must be ${wholeNumber}between ${min} and ${max}`
  }
  const bounds: string[] = []
  if (min !== undefined) bounds.push(range.minExclusive ? `greater than ${min}` : `at least ${min}`)
  if (max !== undefined) bounds.push(range.maxExclusive ? `less than ${max}` : `at most ${max}`)
  return `must be ${wholeNumber}${bounds.join(' and ')}`
}
