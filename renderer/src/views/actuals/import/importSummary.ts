/** What an import did, in words: every row accounted for, and the values that matched nothing. */
import type { ImportCounts } from '../../../../../shared/actuals/types'
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
