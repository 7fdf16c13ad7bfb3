/** An import's account for people: every row read, where it went, and what was wrong. */
import type { ImportCounts, Rejection, UnmatchedCount } from '../../../shared/actuals/types'
import { unmatchedByValue } from '../../../shared/actuals/unmatchedValues'
import { formatMoney } from '../table'

const SHOWN = 10

const n = (value: number) => value.toLocaleString('en-US')

export function importSummaryText(
  fileName: string,
  counts: ImportCounts,
  rejections: readonly Rejection[],
  unmatched: readonly UnmatchedCount[],
): string {
  const lines = [
    `${fileName}: ${n(counts.read)} rows read: ${n(counts.matched)} matched, ` +
      `${n(counts.unmatched)} with no feature, ${n(counts.rejected)} rejected, ` +
      `${n(counts.skipped)} not model calls (spans, events).`,
  ]
  const values = unmatchedByValue(unmatched)
  if (values.length > 0) {
    lines.push('Rows that matched no feature (map them with --mapping):')
    for (const { value, rows, cost } of values.slice(0, SHOWN)) {
      const label = value === '' ? '(nothing to match)' : `"${value}"`
      lines.push(`  ${label}: ${n(rows)} rows, $${formatMoney(cost)} reported`)
    }
    if (values.length > SHOWN) lines.push(`  … and ${values.length - SHOWN} more values`)
  }
  if (rejections.length > 0) {
    lines.push('Rejected rows:')
    for (const rejection of rejections.slice(0, SHOWN)) {
      lines.push(`  line ${rejection.line}: ${rejection.message}`)
    }
    if (counts.rejected > SHOWN) lines.push(`  … and ${n(counts.rejected - SHOWN)} more`)
  }
  return `${lines.join('\n')}\n`
}
