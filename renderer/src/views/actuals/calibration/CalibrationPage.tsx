import { useMemo, useState } from 'react'
import type {
  ActualsCalibration,
  CalibrationWindow,
} from '../../../../../shared/actuals/calibration/types'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { useWorkspace } from '../../../store/workspaceStore'
import { useChannelAnswer } from '../alerts/useChannelAnswer'
import { ActualsEmpty } from '../dashboard/ActualsEmpty'
import { cacheRow, stepSections } from './calibrationRows'
import { CalibrationWindowPicker } from './CalibrationWindow'
import { FeatureCalibrationCard } from './FeatureCalibrationCard'
import { applyToBaseline, createCalibratedScenario } from './takeCalibration'
import '../alerts/alerts.css'
import './calibration.css'

/** Every row's changes by its key: what the ticks pick from. */
function changesByRow(calibration: ActualsCalibration, doc: WorkspaceDoc) {
  const rows = calibration.features.flatMap((feature) => [
    ...stepSections(feature, calibration.changes, doc).flatMap((section) => section.rows),
    cacheRow(feature, calibration.changes),
  ])
  return new Map(rows.map((row) => [row.key, row.changes]))
}

function CalibrationBody({
  calibration,
  doc,
  window,
  onWindow,
}: {
  calibration: ActualsCalibration
  doc: WorkspaceDoc
  window: Partial<CalibrationWindow>
  onWindow(window: Partial<CalibrationWindow>): void
}) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const byRow = useMemo(() => changesByRow(calibration, doc), [calibration, doc])
  const changes = [...picked].flatMap((key) => byRow.get(key) ?? [])
  const shown = { from: calibration.from, to: calibration.to }
  const pick = (key: string, take: boolean) =>
    setPicked((before) => {
      const next = new Set(before)
      if (take) next.add(key)
      else next.delete(key)
      return next
    })
  const taken = (ok: boolean) => ok && setPicked(new Set())
  return (
    <div
      className="calibration-page"
      data-testid="actuals-calibration"
      data-from={shown.from}
      data-to={shown.to}
    >
      <header className="calibration-head">
        <div>
          <h2 className="calibration-head__title">Calibration</h2>
          <p className="calibration-head__context">
            What each step really did over the window, beside what the plan says. Tick the values
            the plan should take.
          </p>
        </div>
        <CalibrationWindowPicker
          shown={shown}
          isDefault={window.from === undefined}
          onChange={onWindow}
        />
      </header>
      <div className="calibration-actions" role="group" aria-label="Take the ticked values">
        <span className="calibration-actions__count" data-testid="calibration-picked">
          {changes.length === 0
            ? `${calibration.changes.length} observed values differ from the plan; none ticked`
            : `${changes.length} of ${calibration.changes.length} differing values ticked`}
        </span>
        <button
          type="button"
          className="button-primary"
          disabled={changes.length === 0}
          onClick={() => taken(applyToBaseline(changes, shown))}
          data-testid="calibration-apply"
        >
          Apply to baseline
        </button>
        <button
          type="button"
          disabled={changes.length === 0}
          onClick={() => taken(createCalibratedScenario(changes, shown) !== null)}
          data-testid="calibration-scenario"
        >
          Create scenario “Calibrated {shown.from} – {shown.to}”
        </button>
      </div>
      {calibration.features.map((feature) => (
        <FeatureCalibrationCard
          key={feature.featureId}
          feature={feature}
          changes={calibration.changes}
          doc={doc}
          picked={picked}
          onPick={pick}
        />
      ))}
    </div>
  )
}

/** The Calibration tab (DESIGN.md §9): observed against planned per step, over a window. */
export function CalibrationPage() {
  const [window, setWindow] = useState<Partial<CalibrationWindow>>({})
  const answer = useChannelAnswer('actuals/calibration', window)
  const doc = useWorkspace((state) => state.doc)
  if (answer.status === 'error')
    return (
      <p className="hint-warning" role="alert">
        {answer.message}
      </p>
    )
  if (answer.status === 'loading' || doc === null)
    return <p className="loading">Reading the actuals…</p>
  if (answer.value === null) return <ActualsEmpty />
  return (
    <CalibrationBody calibration={answer.value} doc={doc} window={window} onWindow={setWindow} />
  )
}
