import type { SimulationProgress } from '../../../../../shared/simulation'
import { formatNumber } from '../../../../../shared/report/format'
import type { CompletedRun } from './useSimulationRun'
import { formatDrawRate, formatDraws, formatWallTime } from './runFormat'

interface RunStatusProps {
  progress: SimulationProgress | null
  last: CompletedRun | null
  error: string | null
  stale: boolean
  /** Null while the settings need fixing first. */
  onRunAgain: (() => void) | null
}

/** How far a run is, how long the last one took, and whether it still speaks for the plan. */
export function RunStatus({ progress, last, error, stale, onRunAgain }: RunStatusProps) {
  return (
    <div className="simulation-status">
      {progress !== null && (
        <div className="simulation-progress" data-testid="simulation-progress">
          <progress max={progress.total} value={progress.done} aria-label="Draws done" />
          <span data-testid="simulation-progress-text">
            {`${formatNumber(progress.done, 0)} of ${formatDraws(progress.total)}`}
          </span>
        </div>
      )}
      {error !== null && (
        <p className="edit-error" role="alert" data-testid="simulation-error">
          <span>{`The run stopped: ${error}`}</span>
        </p>
      )}
      {progress === null && last !== null && (
        <p className="simulation-status__timing" data-testid="simulation-timing">
          {`${formatDraws(last.result.draws)} in ${formatWallTime(last.wallMs)} · ${formatDrawRate(last.drawsPerSecond)}`}
        </p>
      )}
      {progress === null && last !== null && stale && (
        <p className="simulation-stale" role="status" data-testid="simulation-stale">
          The plan changed since this run —{' '}
          <button
            type="button"
            onClick={onRunAgain ?? undefined}
            disabled={onRunAgain === null}
            data-testid="simulation-run-again"
          >
            Run again
          </button>
        </p>
      )}
    </div>
  )
}
