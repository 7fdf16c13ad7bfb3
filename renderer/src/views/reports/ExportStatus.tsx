import { useEffect, useState } from 'react'
import { describeProblems } from '../../problems'
import { fieldLabel } from './exportChoices'
import { useExportJob, type ExportPhase } from './exportJob'

/** A fast export (a CSV table) finishes before this; showing a bar for it would only flicker. */
const progressDelayMs = 1000

/** True once `active` has held for `delayMs`; false again as soon as it ends. */
function useDelayed(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => setShown(true), delayMs)
    return () => {
      clearTimeout(timer)
      setShown(false)
    }
  }, [active, delayMs])
  return active && shown
}

function Progress({ phase }: { phase: Extract<ExportPhase, { kind: 'running' }> }) {
  const cancel = useExportJob((state) => state.cancel)
  const percent = Math.round(phase.fraction * 100)
  // A stage that cannot measure itself (computing, printing) moves without claiming a number.
  const measured = percent > 0
  return (
    <div className="export-progress" role="status" data-testid="export-progress">
      <div
        className={`export-progress-bar${measured ? '' : ' export-progress-bar-busy'}`}
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={measured ? percent : undefined}
      >
        <div className="export-progress-fill" style={measured ? { width: `${percent}%` } : {}} />
      </div>
      <span className="export-progress-stage">
        {phase.stage}…{measured && <span className="muted"> {percent}%</span>}
      </span>
      <button type="button" onClick={cancel} data-testid="export-cancel">
        Cancel
      </button>
    </div>
  )
}

function Failure({ phase }: { phase: Extract<ExportPhase, { kind: 'failed' }> }) {
  const named = phase.problems.map((problem) => ({
    ...problem,
    path: fieldLabel(problem.path),
  }))
  return (
    <div className="export-result export-result-error" role="alert" data-testid="export-error">
      <strong>The export failed.</strong>{' '}
      {named.length > 0 ? describeProblems(named) : phase.message}
    </div>
  )
}

/** Where the export is: a progress bar (after a second), the file it made, or why it failed. */
export function ExportStatus() {
  const phase = useExportJob((state) => state.phase)
  const saveAgain = useExportJob((state) => state.saveAgain)
  const showProgress = useDelayed(phase.kind === 'running', progressDelayMs)

  switch (phase.kind) {
    case 'idle':
      return null
    case 'running':
      return showProgress ? <Progress phase={phase} /> : null
    case 'delivered':
      return (
        <div className="export-result export-result-done" role="status" data-testid="export-done">
          {phase.file.folder === undefined ? (
            <>
              Downloaded <strong>{phase.file.fileName}</strong>
            </>
          ) : (
            <>
              Saved <strong>{phase.file.fileName}</strong> in {phase.file.folder}
            </>
          )}
        </div>
      )
    case 'unsaved':
      return (
        <div className="export-result" role="status" data-testid="export-unsaved">
          <span>
            <strong>{phase.fileName}</strong> is ready but was not saved.
          </span>
          <button type="button" onClick={() => void saveAgain()}>
            Save…
          </button>
        </div>
      )
    case 'failed':
      return <Failure phase={phase} />
    case 'cancelled':
      return (
        <div className="export-result muted" role="status" data-testid="export-cancelled">
          Export cancelled; nothing was saved.
        </div>
      )
  }
}
