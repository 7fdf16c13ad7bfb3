import { useEffect, useState } from 'react'
import type { CatalogRefreshResult } from '../../../shared/api'
import type { PricePreview } from '../../../shared/catalog/preview'
import { todayIso } from '../../../shared/today'
import { Modal } from '../frame/Modal'
import { commitOrExplain } from '../grids/rowActions'
import { api } from '../transport/api'
import { useCatalog } from './catalogStore'
import { CatalogRefreshSummary, RefreshPreview } from './RefreshPreview'
import './refresh.css'

/** What the file updates: the workspace's models (with or without every other model), or the catalog. */
type Target = 'workspace' | 'workspace-all' | 'catalog'

type Step =
  | { kind: 'choose'; error?: string }
  | { kind: 'reading' }
  | { kind: 'preview'; preview: PricePreview }
  | { kind: 'catalog'; result: CatalogRefreshResult }

interface PriceFile {
  fileName: string
  text: string
}

/**
 * Refresh prices from a newer genai-prices file or LiteLLM's price list: choose the file and what
 * it updates, see the preview (counts, skips, the margin before → after), then apply it in one
 * step — for the workspace one batch of edits, so one undo takes it back.
 */
export function RefreshPricesDialog({ onClose }: { onClose(): void }) {
  const [file, setFile] = useState<PriceFile | null>(null)
  const [asOf, setAsOf] = useState(todayIso())
  const [target, setTarget] = useState<Target>('workspace')
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const changes =
    step.kind === 'preview'
      ? step.preview.edits.length
      : step.kind === 'catalog'
        ? step.result.added + step.result.changed
        : 0

  async function preview() {
    if (file === null) return
    setStep({ kind: 'reading' })
    try {
      const request = { fileName: file.fileName, text: file.text, asOf }
      setStep(
        target === 'catalog'
          ? {
              kind: 'catalog',
              result: await api.call('catalog/refresh', { ...request, dryRun: true }),
            }
          : {
              kind: 'preview',
              preview: await api.call('prices/preview', {
                ...request,
                addAll: target === 'workspace-all',
              }),
            },
      )
    } catch (error) {
      setStep({ kind: 'choose', error: (error as Error).message })
    }
  }

  async function apply() {
    if (changes === 0) return onClose()
    if (step.kind === 'preview') {
      const label = `Refresh prices from ${file?.fileName ?? 'a price file'}`
      if (commitOrExplain(label, step.preview.edits)) onClose()
    } else if (step.kind === 'catalog' && file !== null) {
      setStep({ kind: 'reading' })
      try {
        await api.call('catalog/refresh', {
          fileName: file.fileName,
          text: file.text,
          asOf,
          dryRun: false,
        })
        useCatalog.getState().invalidate()
        onClose()
      } catch (error) {
        setStep({ kind: 'choose', error: (error as Error).message })
      }
    }
  }

  const previewing = step.kind === 'preview' || step.kind === 'catalog'
  return (
    <Modal
      title="Refresh prices from a file"
      onClose={onClose}
      testId="refresh-prices"
      className="modal-refresh"
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {previewing ? (
            <>
              <button type="button" onClick={() => setStep({ kind: 'choose' })}>
                Back
              </button>
              <button
                type="button"
                className="button-primary"
                onClick={() => void apply()}
                data-testid="refresh-apply"
              >
                {changes === 0 ? 'Nothing to apply: close' : 'Apply'}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button-primary"
              disabled={file === null || step.kind === 'reading'}
              onClick={() => void preview()}
              data-testid="refresh-preview"
            >
              {step.kind === 'reading' ? 'Reading the file…' : 'Preview'}
            </button>
          )}
        </>
      }
    >
      {step.kind === 'preview' && <RefreshPreview preview={step.preview} />}
      {step.kind === 'catalog' && <CatalogRefreshSummary result={step.result} />}
      {!previewing && (
        <RefreshChoices
          file={file}
          onFile={setFile}
          asOf={asOf}
          onAsOf={setAsOf}
          target={target}
          onTarget={setTarget}
          error={step.kind === 'choose' ? step.error : undefined}
        />
      )}
    </Modal>
  )
}

interface RefreshChoicesProps {
  file: PriceFile | null
  onFile(file: PriceFile | null): void
  asOf: string
  onAsOf(date: string): void
  target: Target
  onTarget(target: Target): void
  error?: string
}

const TARGETS: { value: Target; label: string; hint: string }[] = [
  {
    value: 'workspace',
    label: "Update this workspace's models",
    hint: 'Models the file knows get its prices; the others stay as they are.',
  },
  {
    value: 'workspace-all',
    label: 'Update them and add every model of the file',
    hint: 'A complete offline price book in the workspace.',
  },
  {
    value: 'catalog',
    label: "Refresh the app's price catalog",
    hint: 'What the model picker offers; no workspace changes.',
  },
]

function RefreshChoices(props: RefreshChoicesProps) {
  return (
    <div className="refresh-choices">
      <p className="refresh-intro">
        A genai-prices file (format v2) or LiteLLM&apos;s{' '}
        <code>model_prices_and_context_window.json</code>. Nothing changes until you have seen the
        preview and applied it.
      </p>
      <label className="field">
        <span className="field-label">Price file</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="refresh-file"
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            if (chosen === undefined) return props.onFile(null)
            void chosen.text().then((text) => props.onFile({ fileName: chosen.name, text }))
          }}
        />
      </label>
      <label className="field">
        <span className="field-label">Prices known as of</span>
        <input
          type="date"
          value={props.asOf}
          required
          onChange={(event) => props.onAsOf(event.target.value || todayIso())}
          data-testid="refresh-as-of"
        />
        <span className="field-hint">
          The file&apos;s date: its history replaces yours up to this day; LiteLLM&apos;s undated
          prices apply from it.
        </span>
      </label>
      <fieldset className="refresh-targets">
        <legend className="field-label">What the file updates</legend>
        {TARGETS.map((choice) => (
          <label key={choice.value} className="refresh-target">
            <input
              type="radio"
              name="refresh-target"
              value={choice.value}
              checked={props.target === choice.value}
              onChange={() => props.onTarget(choice.value)}
            />
            <span>
              {choice.label}
              <span className="field-hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <RestoreShippedCatalog />
      {props.error !== undefined && (
        <p className="hint-warning refresh-error" role="alert" data-testid="refresh-error">
          {props.error}
        </p>
      )}
    </div>
  )
}

/** Once the catalog was refreshed from a file, the way back to the one the app ships. */
function RestoreShippedCatalog() {
  const catalog = useCatalog((state) => state.state)
  const load = useCatalog((state) => state.load)
  const [error, setError] = useState<string | null>(null)
  useEffect(load, [load])
  if (catalog.status !== 'ready' || catalog.listing.origin !== 'refreshed') return null
  return (
    <p className="field-hint refresh-restore">
      The catalog was refreshed from {catalog.listing.source} (as of {catalog.listing.asOf}).{' '}
      <button
        type="button"
        data-testid="catalog-restore"
        onClick={() =>
          void api.call('catalog/reset', {}).then(
            () => useCatalog.getState().invalidate(),
            (failure: unknown) => setError((failure as Error).message),
          )
        }
      >
        Restore the shipped catalog
      </button>
      {error !== null && <span className="hint-warning"> {error}</span>}
    </p>
  )
}
