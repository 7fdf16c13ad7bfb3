import { formatNumber } from '../../../../../shared/report/format'
import { RISK_DRAWS, RISK_LEVERS, type RiskRun } from './useRiskEstimate'

interface RiskControlsProps {
  run: RiskRun
  /** False until the levers shown are current (the estimate takes the top ones). */
  canStart: boolean
  onStart(): void
  onCancel(): void
}

const ABOUT = `Simulates the active scenario and each of the top ${RISK_LEVERS} levers with ${formatNumber(RISK_DRAWS, 0)} draws of the same ranges (the same seed for every run), so the differences are the levers', not noise`

/** Starts the risk estimate, shows its progress with a cancel, then what the estimate rests on. */
export function RiskControls({ run, canStart, onStart, onCancel }: RiskControlsProps) {
  if (run.status === 'running') {
    const { progress } = run
    const share = progress === null || progress.total === 0 ? 0 : progress.done / progress.total
    return (
      <span className="risk-controls" role="status" data-testid="risk-progress">
        <progress max={1} value={share} aria-label="Share of the draws simulated" />
        <span className="muted">Estimating risk… {Math.round(share * 100)}%</span>
        <button type="button" onClick={onCancel} data-testid="risk-cancel">
          Cancel
        </button>
      </span>
    )
  }
  if (run.status === 'done') {
    return (
      <span className="risk-controls muted" title={ABOUT} data-testid="risk-done">
        Risk from {formatNumber(run.estimate.draws, 0)} draws per lever
      </span>
    )
  }
  return (
    <button
      type="button"
      disabled={!canStart}
      onClick={onStart}
      title={ABOUT}
      data-testid="risk-estimate"
    >
      Estimate risk change
    </button>
  )
}
