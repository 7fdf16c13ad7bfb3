/** The rows no feature matched, summed over days by what was read in the feature's place. */
import type { UnmatchedCount } from './types'

export interface UnmatchedValue {
  /** '' when the rows had nothing where the feature should be. */
  value: string
  rows: number
  cost: number
}

/** Each value's rows and reported cost, the most rows first (then by value). */
export function unmatchedByValue(unmatched: readonly UnmatchedCount[]): UnmatchedValue[] {
  const byValue = new Map<string, UnmatchedValue>()
  for (const { value, rows, cost } of unmatched) {
    const total = byValue.get(value) ?? { value, rows: 0, cost: 0 }
    total.rows += rows
    total.cost += cost
    byValue.set(value, total)
  }
  return [...byValue.values()].sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value))
}
