import { Fragment } from 'react'
import type { UsageRecord } from '../../../../../shared/actuals/types'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatCallMoney, formatNumber } from '../../../../../shared/report/format'
import type { PreviewLine } from './mappingPreview'

const n = (value: number) => formatNumber(value, 0)

/** Tags, then the metadata that names a feature or step: what the default mapping reads. */
function labelsOf(record: UsageRecord): string {
  const metadata = ['feature', 'step'].flatMap((key) =>
    record.metadata[key] === undefined ? [] : [`${key}: ${record.metadata[key]}`],
  )
  return [...record.tags, ...metadata].join(', ')
}

/** Where a matched row goes: feature · step · model · customer · cohort, by name. */
function destination(doc: WorkspaceDoc, line: PreviewLine): string[] {
  if (line.resolution?.matched !== true) return []
  const { featureId, stepId, modelId, customerId, cohortId } = line.resolution
  const feature = doc.features.find((f) => f.id === featureId)
  const step = feature?.steps.find((s) => s.id === stepId)
  const model = doc.models.find((m) => m.id === modelId)
  const cohort = doc.cohorts.find((c) => c.id === cohortId)
  return [
    feature?.name ?? featureId,
    step?.name ?? 'no step',
    model?.name ?? `${line.record?.model ?? 'no model'} (not a workspace model)`,
    customerId,
    cohort?.name ?? 'no cohort',
  ]
}

function Destination({ doc, line }: { doc: WorkspaceDoc; line: PreviewLine }) {
  switch (line.status) {
    case 'matched':
      // Each part keeps its line ("GPT-4o" is not split at its hyphen); the row wraps between.
      return destination(doc, line).map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          <span className="import-nowrap">{part}</span>
        </Fragment>
      ))
    case 'unmatched':
      return <span className="import-no-feature">no feature</span>
    case 'rejected':
      return <span className="import-rejected">{`line ${line.line}: ${line.note ?? ''}`}</span>
    case 'skipped':
      return <span className="import-skipped">{`skipped: ${line.note ?? ''}`}</span>
  }
}

interface RecordCellsProps {
  doc: WorkspaceDoc
  line: PreviewLine
  record: UsageRecord
}

function RecordCells({ doc, line, record }: RecordCellsProps) {
  return (
    <>
      <td className="import-nowrap">{record.day}</td>
      <td>
        {record.traceName}
        {record.observationName !== undefined && (
          <span className="import-sub">{record.observationName}</span>
        )}
      </td>
      <td>{labelsOf(record)}</td>
      <td className="import-nowrap">{record.model}</td>
      <td>{record.userId}</td>
      <td className="num">
        {`${n(record.inputTokens)} · ${n(record.cachedInputTokens)} · ${n(record.outputTokens)}`}
      </td>
      <td className="num">{formatCallMoney(record.reportedCost)}</td>
      <td className="import-goes-to">
        <Destination doc={doc} line={line} />
      </td>
    </>
  )
}

/** The first records of the file as the mapping imports them. */
export function PreviewTable({ doc, lines }: { doc: WorkspaceDoc; lines: readonly PreviewLine[] }) {
  return (
    <div className="import-preview-wrap">
      <table className="import-preview" data-testid="import-preview">
        <thead>
          <tr>
            <th className="num">Line</th>
            <th>Day</th>
            <th>Trace / observation</th>
            <th>Tags, metadata</th>
            <th>Model</th>
            <th>User</th>
            <th className="num" title="Input (without cached) · cached input · output">
              Tokens
              <span className="import-sub">in · cached · out</span>
            </th>
            <th className="num">Cost</th>
            <th>Goes to</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr
              key={`${line.line}-${index}`}
              data-testid="import-preview-row"
              data-status={line.status}
            >
              <td className="num">{line.line}</td>
              {line.record === null ? (
                // Nothing was read from a skipped or rejected record but why.
                <td colSpan={8}>
                  <Destination doc={doc} line={line} />
                </td>
              ) : (
                <RecordCells doc={doc} line={line} record={line.record} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
