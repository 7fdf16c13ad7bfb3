import type { UnknownStepCalibration } from '../../../../../shared/actuals/calibration/types'
import { formatNumber } from '../../../../../shared/report/format'
import { ChartNote } from '../../../charts/ChartNote'

/**
 * Calls the logs give a step the plan does not have: not calibrated (there is nothing to set), but
 * said, so they are not lost — a mapping or a new step brings them in.
 */
export function UnknownSteps({ steps }: { steps: readonly UnknownStepCalibration[] }) {
  if (steps.length === 0) return null
  const listed = steps
    .map(
      (step) =>
        `${step.stepId === '' ? 'no step named' : `“${step.stepId}”`} (${formatNumber(step.observed.calls, 0)} calls)`,
    )
    .join(', ')
  return (
    <div data-testid="calibration-unknown-steps">
      <ChartNote>{`Steps in the logs that this feature does not plan: ${listed}. Map them to a step in Imports, or add the step, to calibrate them.`}</ChartNote>
    </div>
  )
}
