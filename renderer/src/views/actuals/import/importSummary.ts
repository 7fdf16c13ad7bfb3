/** What an import did, in words: every row accounted for, and the values that matched nothing. */
import type { ImportCounts, UnmatchedCount } from '../../../../../shared/actuals/types'
import { formatNumber } from '../../../../../shared/report/format'

const n = (value: number): string => formatNumber(value, 0)

/** "12,402 rows read: 12,300 matched, 80 with no feature (shown below), 20 rejected". */
export function summarySentence(counts: ImportCounts): string {
  const parts = [`${n(counts.matched)} matched`]
  if (counts.unmatched > 0) parts.push(`${n(counts.unmatched)} with no feature (shown below)`)
  if (counts.rejected > 0) parts.push(`${n(counts.rejected)} rejected`)
  if (counts.skipped > 0) parts.push(`${n(counts.skipped)} skipped (not model calls)`)
  return `${n(counts.read)} ${counts.read === 1 ? 'row' : 'rows'} read: ${parts.join(', ')}`
}

export interface UnmatchedValue {
  /** '' when the rows had nothing where the feature should be. */
  value: string
  rows: number
  cost: number
}

/** The unmatched values over all days, the most rows first. */
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
