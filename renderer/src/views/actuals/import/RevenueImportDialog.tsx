import { useEffect, useState } from 'react'
import { formatCents, formatNumber } from '../../../../../shared/report/format'
import { Modal } from '../../../frame/Modal'
import { api } from '../../../transport/api'
import { describeError } from '../../../transport/apiFailure'
import { RejectionList } from './RejectionList'
import { runImportJob } from './workerJob'
import type { RevenueRead } from './workerProtocol'
import './import.css'

/** The rows `actuals/importRevenue` takes in one request (one transaction). */
const MAX_REVENUE_ROWS = 200_000
const PREVIEW_ROWS = 10

type Step =
  | { kind: 'reading' }
  | { kind: 'preview'; read: RevenueRead }
  | { kind: 'saving'; read: RevenueRead }
  | { kind: 'done'; read: RevenueRead }
  | { kind: 'refused'; message: string }

const n = (value: number) => formatNumber(value, 0)

/**
 * Imports a revenue CSV (§9 "Actual revenue"): the file read in the worker, its first rows and
 * its rejected rows shown, then written in one request: all its good rows, or nothing.
 */
export function RevenueImportDialog(props: { file: File; onClose(): void; onImported(): void }) {
  const { file, onClose, onImported } = props
  const [step, setStep] = useState<Step>({ kind: 'reading' })
  useEffect(() => {
    const job = runImportJob({ job: 'revenue', file })
    job.done.then(
      (read) =>
        setStep(
          read.rows.length > MAX_REVENUE_ROWS
            ? {
                kind: 'refused',
                message: `${file.name} has more than ${n(MAX_REVENUE_ROWS)} rows: split it by month`,
              }
            : { kind: 'preview', read },
        ),
      (error: Error) =>
        error.name !== 'JobCancelled' && setStep({ kind: 'refused', message: error.message }),
    )
    return job.cancel
  }, [file])

  async function save(read: RevenueRead) {
    setStep({ kind: 'saving', read })
    try {
      await api.call('actuals/importRevenue', {
        fileName: file.name,
        counts: read.counts,
        rows: read.rows,
      })
      setStep({ kind: 'done', read })
      onImported()
    } catch (error) {
      setStep({ kind: 'refused', message: describeError(error) })
    }
  }

  const read = 'read' in step ? step.read : null
  return (
    <Modal
      title={`Import revenue · ${file.name}`}
      onClose={onClose}
      testId="revenue-dialog"
      wide
      footer={
        step.kind === 'preview' ? (
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={step.read.rows.length === 0}
              onClick={() => void save(step.read)}
              data-testid="revenue-run"
            >
              Import {n(step.read.rows.length)} rows
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={onClose}
            data-testid="revenue-close"
            disabled={step.kind === 'saving'}
          >
            Close
          </button>
        )
      }
    >
      {step.kind === 'reading' && <p className="import-loading">Reading the file…</p>}
      {step.kind === 'refused' && (
        <div className="edit-error" role="alert" data-testid="revenue-refusal">
          <span>{step.message}. Nothing was imported.</span>
        </div>
      )}
      {read !== null && (
        <div className="import-done" data-testid="revenue-summary">
          <p className="import-summary-sentence">
            {step.kind === 'done'
              ? `Imported ${n(read.rows.length)} of ${n(read.counts.read)} rows`
              : `${n(read.counts.read)} rows read: ${n(read.rows.length)} to import`}
            {read.counts.rejected > 0 && `, ${n(read.counts.rejected)} rejected (listed below)`}.
          </p>
          <RevenuePreview read={read} />
          <RejectionList rejections={read.rejections} total={read.counts.rejected} />
        </div>
      )}
    </Modal>
  )
}

function RevenuePreview({ read }: { read: RevenueRead }) {
  if (read.rows.length === 0) return null
  return (
    <table className="import-unmatched" data-testid="revenue-preview">
      <caption>
        {read.rows.length > PREVIEW_ROWS ? `The first ${PREVIEW_ROWS} rows` : 'The rows'}
      </caption>
      <thead>
        <tr>
          <th>Day</th>
          <th>Customer</th>
          <th>Cohort</th>
          <th>Feature</th>
          <th className="num">Amount</th>
        </tr>
      </thead>
      <tbody>
        {read.rows.slice(0, PREVIEW_ROWS).map((row, index) => (
          <tr key={index}>
            <td>{row.day}</td>
            <td>{row.customerId ?? '—'}</td>
            <td>{row.cohortId ?? '—'}</td>
            <td>{row.featureId ?? 'all features'}</td>
            <td className="num">{formatCents(row.amount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
