import type { CalibrationChange } from '../../../../../shared/actuals/calibration/proposal'
import type { FeatureCalibration } from '../../../../../shared/actuals/calibration/types'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatNumber } from '../../../../../shared/report/format'
import { ChartCard } from '../../../charts/ChartCard'
import { cacheRow, stepSections, type CalibrationRow } from './calibrationRows'
import { UnknownSteps } from './UnknownSteps'

interface FeatureCalibrationCardProps {
  feature: FeatureCalibration
  changes: readonly CalibrationChange[]
  doc: WorkspaceDoc
  picked: ReadonlySet<string>
  onPick(key: string, take: boolean): void
}

const COLUMNS = 6

function Row({
  row,
  stepId,
  picked,
  onPick,
}: {
  row: CalibrationRow
  stepId: string
} & Pick<FeatureCalibrationCardProps, 'picked' | 'onPick'>) {
  const differs = row.changes.length > 0
  return (
    <tr
      data-testid="calibration-row"
      data-step-id={stepId}
      data-field={row.field}
      className={differs ? 'calibration-row--differs' : undefined}
    >
      <th scope="row">{row.label}</th>
      <td className="num" data-testid="calibration-planned">
        {row.planned}
      </td>
      <td className="num">{row.plannedP95}</td>
      <td className="num calibration-observed" data-testid="calibration-observed-mean">
        {row.observedMean}
      </td>
      <td className="num" data-testid="calibration-observed-p95">
        {row.observedP95}
      </td>
      <td className="calibration-take">
        {differs ? (
          <input
            type="checkbox"
            checked={picked.has(row.key)}
            onChange={(event) => onPick(row.key, event.target.checked)}
            aria-label={`Take the observed ${row.label.toLowerCase()}`}
            data-testid="calibration-take"
          />
        ) : (
          <span
            className="calibration-same"
            title="The plan already says what was observed, or nothing was"
          >
            —
          </span>
        )}
      </td>
    </tr>
  )
}

/** One feature: its steps' fields planned beside observed, each difference ready to take. */
export function FeatureCalibrationCard({
  feature,
  changes,
  doc,
  picked,
  onPick,
}: FeatureCalibrationCardProps) {
  const name = doc.features.find((f) => f.id === feature.featureId)?.name ?? feature.featureId
  const sections = stepSections(feature, changes, doc)
  const cache = cacheRow(feature, changes)
  return (
    <ChartCard
      title={name}
      caption={`${formatNumber(feature.units, 0)} units in the window. Observed P95: nearest rank over units (calls) and over calls (tokens).`}
      testId={`calibration-feature-${feature.featureId}`}
    >
      <div className="alert-table-scroll">
        <table className="data-table calibration-table">
          <thead>
            <tr>
              <th scope="col" className="calibration-table__field">
                Field
              </th>
              <th scope="col" className="num calibration-table__mean">
                Planned
              </th>
              <th scope="col" className="num calibration-table__p95">
                Planned P95
              </th>
              <th scope="col" className="num calibration-table__mean">
                Observed mean
              </th>
              <th scope="col" className="num calibration-table__p95">
                Observed P95
              </th>
              <th scope="col" className="calibration-take calibration-table__take">
                Take?
              </th>
            </tr>
          </thead>
          <tbody>
            {sections.flatMap((section) => [
              <tr key={`step:${section.stepId}`} className="table-section">
                <th colSpan={COLUMNS} scope="colgroup">
                  Step: {section.name} · {formatNumber(section.calls, 0)} calls
                </th>
              </tr>,
              ...section.rows.map((row) => (
                <Row
                  key={row.key}
                  row={row}
                  stepId={section.stepId}
                  picked={picked}
                  onPick={onPick}
                />
              )),
            ])}
            <tr className="table-section">
              <th colSpan={COLUMNS} scope="colgroup">
                Feature
              </th>
            </tr>
            <Row row={cache} stepId="" picked={picked} onPick={onPick} />
          </tbody>
        </table>
      </div>
      <UnknownSteps steps={feature.unknownSteps} />
    </ChartCard>
  )
}
