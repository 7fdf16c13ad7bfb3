/**
 * Taking a calibration (DESIGN.md §9): the picked values into the baseline as one commit (one
 * undo step, whatever scenario is active), or into a new scenario on the baseline, made active.
 */
import type { CalibrationChange } from '../../../../../shared/actuals/calibration/proposal'
import {
  calibrationEdits,
  calibrationScenario,
} from '../../../../../shared/actuals/calibration/take'
import type { CalibrationWindow } from '../../../../../shared/actuals/calibration/types'
import { paths } from '../../../../../shared/model/paths/build'
import { commitOrExplain } from '../../../grids/rowActions'
import { asJson } from '../../../json'
import { useWorkspace } from '../../../store/workspaceStore'

const valuesText = (count: number) => `${count} ${count === 1 ? 'value' : 'values'}`

export function applyToBaseline(
  picked: readonly CalibrationChange[],
  window: CalibrationWindow,
): boolean {
  return commitOrExplain(
    `Calibrate ${valuesText(picked.length)} from ${window.from} – ${window.to}`,
    calibrationEdits(picked),
  )
}

/** The new scenario's name, or null when the workspace refused it (the notice says why). */
export function createCalibratedScenario(
  picked: readonly CalibrationChange[],
  window: CalibrationWindow,
): string | null {
  const { doc, setActiveScenario, notify } = useWorkspace.getState()
  if (doc === null) return null
  const scenario = calibrationScenario(doc, picked, window)
  const insert = { op: 'insert' as const, path: paths.scenarios(), value: asJson(scenario) }
  if (!commitOrExplain(`Create scenario “${scenario.name}”`, [insert])) return null
  setActiveScenario(scenario.id)
  notify({
    kind: 'info',
    text: `Created “${scenario.name}” with ${valuesText(picked.length)} and made it the active scenario.`,
  })
  return scenario.name
}
