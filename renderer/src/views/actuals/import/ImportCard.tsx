import { DOCUMENT_NAMES } from '../../../../../shared/actuals/read/detectJsonFormat'
import type { ImportStanding } from '../../../../../shared/actuals/importsInForce'
import type { ImportRecord, UsageFormat } from '../../../../../shared/actuals/types'
import { formatDay } from '../../../../../shared/report/labels'
import { formatTakenAt } from '../../../frame/backupActions'
import { CountList } from './CountList'

function daysOf(record: ImportRecord): string {
  if (record.firstDay === null || record.lastDay === null) return 'No days (nothing usable read)'
  if (record.firstDay === record.lastDay) return formatDay(record.firstDay)
  return `${formatDay(record.firstDay)} – ${formatDay(record.lastDay)}`
}

function sourceName(source: ImportRecord['source']): string {
  if (source === 'revenue') return 'Revenue'
  if (source.endsWith('-cost')) {
    return `${DOCUMENT_NAMES[source.slice(0, -'-cost'.length) as UsageFormat].format} cost report`
  }
  return DOCUMENT_NAMES[source as UsageFormat].format
}

/** Why an older card's figures no longer all count: a newer import of its days replaced them. */
const standingNote: Record<Exclude<ImportStanding, 'in-force'>, string> = {
  replaced: 'Replaced by a later import of the same days: none of these rows count now.',
  'partly-replaced':
    'Partly replaced by a later import: on the days they share, the later rows count.',
}

/** One import: its source, file, when, the days it covers and where its rows went. */
export function ImportCard({
  record,
  standing,
}: {
  record: ImportRecord
  standing: ImportStanding
}) {
  const source = sourceName(record.source)
  return (
    <article
      className={standing === 'replaced' ? 'import-card import-card-replaced' : 'import-card'}
      data-testid="import-card"
      data-source={record.source}
      data-standing={standing}
    >
      <header className="import-card-head">
        <span className="import-source">{source}</span>
        <span className="import-file" title={record.fileName}>
          {record.fileName}
        </span>
        <time dateTime={record.importedAt}>{formatTakenAt(record.importedAt)}</time>
      </header>
      <p className="import-days">{daysOf(record)}</p>
      {standing !== 'in-force' && <p className="import-standing">{standingNote[standing]}</p>}
      <CountList counts={record.counts} testId="import-card-counts" />
    </article>
  )
}
