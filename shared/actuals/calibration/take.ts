/**
 * Taking a calibration (§9): the picked changes as one batch of baseline edits (the service
 * applies a batch as one commit, one undo step), or as a new scenario named after the window.
 */
import type { Edit } from '../../model/editTypes'
import { asJson } from '../../model/editing/json'
import { firstFree, uniqueId } from '../../model/freeNames'
import { paths } from '../../model/paths/build'
import type { Override, Scenario, WorkspaceDoc } from '../../model/types'
import { slugify } from '../../report/fileNames'
import { mixOverrides } from './mixOverrides'
import type { CalibrationChange } from './proposal'
import type { CalibrationWindow } from './types'

type ValueChange = Exclude<CalibrationChange, { field: 'mix' }>

const valuePath = (change: ValueChange): string =>
  change.field === 'responseCacheHitPct'
    ? paths.feature(change.featureId, change.field)
    : paths.step(change.featureId, change.stepId, change.field)

/** The edits that write the picked values into the baseline; a mix is replaced whole. */
export function calibrationEdits(picked: readonly CalibrationChange[]): Edit[] {
  return picked.map((change): Edit =>
    change.field === 'mix'
      ? {
          op: 'set',
          path: paths.mix(change.featureId, change.stepId),
          value: asJson(change.observed),
        }
      : { op: 'set', path: valuePath(change), value: change.observed },
  )
}

/**
 * A scenario on the baseline (no parent) setting the picked values: "Calibrated 2026-11-01 –
 * 2026-11-30", else "… (2)"; its id the name's slug, else "…-2".
 */
export function calibrationScenario(
  doc: WorkspaceDoc,
  picked: readonly CalibrationChange[],
  window: CalibrationWindow,
): Scenario {
  const base = `Calibrated ${window.from} – ${window.to}`
  const name = firstFree(
    doc.scenarios.map((scenario) => scenario.name),
    (n) => (n === 1 ? base : `${base} (${n})`),
  )
  const id = uniqueId(
    slugify(name),
    doc.scenarios.map((scenario) => scenario.id),
  )
  const overrides = picked.flatMap((change): Override[] =>
    change.field === 'mix'
      ? mixOverrides(change.featureId, change.stepId, change.observed)
      : [{ path: valuePath(change), op: 'set', value: change.observed }],
  )
  return { id, name, overrides }
}
