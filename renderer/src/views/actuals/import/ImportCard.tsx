import { DOCUMENT_NAMES } from '../../../../../shared/actuals/read/detectJsonFormat'
import type { ImportRecord } from '../../../../../shared/actuals/types'
import { formatDay } from '../../../../../shared/report/labels'
import { formatTakenAt } from '../../../frame/backupActions'
import { CountList } from './CountList'

function daysOf(record: ImportRecord): string {
  if (record.firstDay === null || record.lastDay === null) return 'No days (nothing usable read)'
  if (record.firstDay === record.lastDay) return formatDay(record.firstDay)
  return `${formatDay(record.firstDay)} – ${formatDay(record.lastDay)}`
}

/** One import: its source, file, when, the days it covers and where its rows went. */
export function ImportCard({ record }: { record: ImportRecord }) {
  const source = record.source === 'revenue' ? 'Revenue' : DOCUMENT_NAMES[record.source].format
  return (
    <article className="import-card" data-testid="import-card" data-source={record.source}>
      <header className="import-card-head">
        <span className="import-source">{source}</span>
        <span className="import-file" title={record.fileName}>
          {record.fileName}
        </span>
        <time dateTime={record.importedAt}>{formatTakenAt(record.importedAt)}</time>
      </header>
      <p className="import-days">{daysOf(record)}</p>
      <CountList counts={record.counts} testId="import-card-counts" />
    </article>
  )
}
