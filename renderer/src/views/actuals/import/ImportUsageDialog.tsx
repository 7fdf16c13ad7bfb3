import { useEffect, useMemo, useRef, useState } from 'react'
import { formatParsers } from '../../../../../shared/actuals/formats'
import { DOCUMENT_NAMES } from '../../../../../shared/actuals/read/detectJsonFormat'
import type { ImportResult } from '../../../../../shared/actuals/usageImport'
import type { ActualsMapping, UsageFormat, WorkspaceDoc } from '../../../../../shared/model/types'
import { Modal } from '../../../frame/Modal'
import { commitOrExplain } from '../../../grids/rowActions'
import { useWorkspace } from '../../../store/workspaceStore'
import { describeError } from '../../../transport/apiFailure'
import { CountList } from './CountList'
import { formatsFor } from './fileKind'
import { ImportDone } from './ImportDone'
import { ImportProgress } from './ImportProgress'
import { canonicalMapping, initialMapping, mappingSaveEdit } from './mappingDraft'
import { mappingPreview } from './mappingPreview'
import { MappingControls } from './MappingControls'
import { PreviewTable } from './PreviewTable'
import { uploadImport } from './uploadImport'
import { useSample } from './useSample'
import { JobCancelled } from '../../../workers/workerJob'
import { runImportJob } from './workerJob'
import type { Progress, Sample } from './workerProtocol'
import './import.css'

type Step =
  | { kind: 'mapping'; notice?: string }
  | { kind: 'reading'; progress: Progress | null }
  | { kind: 'saving'; progress: Progress | null }
  | { kind: 'done'; result: ImportResult }
  /** The file cannot be read at all: nothing was written. */
  | { kind: 'refused'; message: string }

interface ImportUsageDialogProps {
  file: File
  onClose(): void
  /** After the import was written: the Imports page lists it. */
  onImported(): void
}

/**
 * Imports a usage log: the format (guessed from the file, changeable), the mapping screen with a
 * live preview of the first records, then the whole file read in the worker with a progress bar
 * and Cancel, sent in parts and committed in one transaction, and an account of every row.
 */
export function ImportUsageDialog({ file, onClose, onImported }: ImportUsageDialogProps) {
  const doc = useWorkspace((state) => state.doc)
  const [asked, setAsked] = useState<UsageFormat | null>(null)
  const { sample, loading, error } = useSample(file, asked)
  /** The person's edits, per format: switching formats back and forth keeps them. */
  const [drafts, setDrafts] = useState<Partial<Record<UsageFormat, ActualsMapping>>>({})
  const [step, setStep] = useState<Step>({ kind: 'mapping' })
  const cancelRun = useRef<(() => void) | null>(null)
  // Closing the dialog (Esc) while a file is read stops the worker too.
  useEffect(() => () => cancelRun.current?.(), [])

  const mapping =
    doc && sample && (drafts[sample.format] ?? initialMapping(doc, sample.format, sample.headers))
  const preview = useMemo(
    () => (doc && mapping && sample ? mappingPreview(doc, mapping, sample.raws) : null),
    [doc, mapping, sample],
  )

  async function run(doc: WorkspaceDoc, sample: Sample, mapping: ActualsMapping) {
    const controller = new AbortController()
    const job = runImportJob(
      {
        job: 'import',
        file,
        kind: sample.kind,
        format: sample.format,
        doc,
        mapping: canonicalMapping(mapping),
      },
      (progress) => setStep({ kind: 'reading', progress }),
    )
    cancelRun.current = () => {
      controller.abort(new JobCancelled('Cancelled'))
      job.cancel()
    }
    setStep({ kind: 'reading', progress: null })
    try {
      const result = await job.done
      const edit = mappingSaveEdit(doc, mapping)
      const label = `Save the ${DOCUMENT_NAMES[sample.format].format} mapping`
      if (edit !== null && !commitOrExplain(label, [edit])) {
        throw new Error(`${label} was refused: nothing was imported`)
      }
      const rows = result.counts.read
      setStep({ kind: 'saving', progress: { bytes: file.size, total: file.size, rows } })
      await uploadImport(sample.format, file.name, result, controller.signal)
      setStep({ kind: 'done', result })
      onImported()
    } catch (failure) {
      setStep(
        failure instanceof JobCancelled
          ? { kind: 'mapping', notice: 'Import cancelled: nothing was imported.' }
          : { kind: 'refused', message: describeError(failure) },
      )
    } finally {
      cancelRun.current = null
    }
  }

  const busy = step.kind === 'reading' || step.kind === 'saving'
  const canImport =
    doc && sample && mapping && preview && !loading && !preview.refusal && !sample.refusal
  return (
    <Modal
      title={`Import usage · ${file.name}`}
      onClose={onClose}
      testId="import-dialog"
      className="modal-import"
      footer={
        busy ? (
          <button type="button" onClick={() => cancelRun.current?.()} data-testid="import-cancel">
            Cancel
          </button>
        ) : step.kind === 'mapping' ? (
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={!canImport}
              onClick={() => canImport && void run(doc, sample, mapping)}
              data-testid="import-run"
            >
              Import
            </button>
          </>
        ) : (
          <>
            {step.kind === 'refused' && (
              <button type="button" onClick={() => setStep({ kind: 'mapping' })}>
                Back
              </button>
            )}
            <button
              type="button"
              className="button-primary"
              onClick={onClose}
              data-testid="import-close"
            >
              Close
            </button>
          </>
        )
      }
    >
      {busy && <ImportProgress progress={step.progress} saving={step.kind === 'saving'} />}
      {step.kind === 'done' && <ImportDone result={step.result} />}
      {step.kind === 'refused' && <Refusal message={step.message} />}
      {step.kind === 'mapping' && error !== null && <Refusal message={error} />}
      {step.kind === 'mapping' && error === null && (sample === null || doc === null) && (
        <p className="import-loading">Reading the first records…</p>
      )}
      {step.kind === 'mapping' && doc && sample && mapping && preview && (
        <>
          <div className="import-head">
            <label className="field import-format">
              <span className="field-label">Format</span>
              <select
                value={sample.format}
                onChange={(event) => setAsked(event.target.value as UsageFormat)}
                data-testid="import-format"
              >
                {formatsFor(sample.kind).map((format) => (
                  <option key={format} value={format}>
                    {formatParsers[format].label}
                  </option>
                ))}
              </select>
              {sample.detected === null && (
                <span className="field-hint">
                  The file does not say which format it is: check it.
                </span>
              )}
            </label>
            <div className="import-head-counts">
              <span className="field-label">
                {loading ? 'Reading…' : `The first ${preview.counts.read} records`}
              </span>
              <CountList counts={preview.counts} testId="import-preview-counts" />
            </div>
          </div>
          {step.notice !== undefined && (
            <p className="import-notice" role="status" data-testid="import-notice">
              {step.notice}
            </p>
          )}
          {(sample.refusal ?? preview.refusal) !== null && (
            <Refusal message={(sample.refusal ?? preview.refusal)!} />
          )}
          <div className="import-mapping-screen">
            <MappingControls
              doc={doc}
              mapping={mapping}
              preview={preview}
              headers={sample.headers}
              onChange={(next) => setDrafts((before) => ({ ...before, [sample.format]: next }))}
            />
            <PreviewTable doc={doc} lines={preview.lines} />
          </div>
        </>
      )}
    </Modal>
  )
}

function Refusal({ message }: { message: string }) {
  return (
    <div className="edit-error" role="alert" data-testid="import-refusal">
      <span>{message}</span>
    </div>
  )
}
