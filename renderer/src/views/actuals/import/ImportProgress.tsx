import { formatNumber, formatPct } from '../../../../../shared/report/format'
import type { Progress } from './workerProtocol'

/** How far the worker has read the file: a bar by bytes, and the rows read so far. */
export function ImportProgress({
  progress,
  saving,
}: {
  progress: Progress | null
  saving: boolean
}) {
  const share = progress === null || progress.total === 0 ? 0 : progress.bytes / progress.total
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={1} value={saving ? 1 : share} aria-label="Share of the file read" />
      <p data-testid="import-progress-rows">
        {saving
          ? `Saving ${formatNumber(progress?.rows ?? 0, 0)} rows read…`
          : `${formatNumber(progress?.rows ?? 0, 0)} rows read (${formatPct(share * 100, 0)} of the file)…`}
      </p>
    </div>
  )
}
