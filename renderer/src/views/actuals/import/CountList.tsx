import type { ImportCounts } from '../../../../../shared/actuals/types'
import { formatNumber } from '../../../../../shared/report/format'

const ITEMS: { key: keyof ImportCounts; label: string }[] = [
  { key: 'read', label: 'Read' },
  { key: 'matched', label: 'Matched' },
  { key: 'unmatched', label: 'No feature' },
  { key: 'rejected', label: 'Rejected' },
  { key: 'skipped', label: 'Skipped' },
]

/** An import's rows, each accounted for: read = matched + no feature + rejected + skipped. */
export function CountList({ counts, testId }: { counts: ImportCounts; testId?: string }) {
  return (
    <dl className="import-counts" data-testid={testId}>
      {ITEMS.map(({ key, label }) => (
        <div
          key={key}
          className={
            key === 'unmatched' && counts.unmatched > 0 ? 'import-count-warning' : undefined
          }
          data-testid={testId && `${testId}-${key}`}
          data-value={counts[key]}
        >
          <dt>{label}</dt>
          <dd>{formatNumber(counts[key], 0)}</dd>
        </div>
      ))}
    </dl>
  )
}
