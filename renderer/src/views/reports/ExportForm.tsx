import { useState } from 'react'
import { BASELINE_NAME } from '../../../../shared/engine/compare'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import type { CsvTable, ExportFormat, ExportRequest } from '../../../../shared/report/exportRequest'
import {
  comparisonHint,
  csvTableChoices,
  deltasHint,
  formatChoices,
  rootField,
  usesComparison,
  usesDeltas,
} from './exportChoices'
import { useExportJob } from './exportJob'
import { ExportStatus } from './ExportStatus'
import { deltaBases, type DeltaBase } from '../../../../shared/report/comparison'
import { MonthSelect, monthWithin } from '../../frame/MonthSelect'

/** A scenario id in a form control: '' stands for the baseline. */
const toValue = (id: string | null) => id ?? ''
const fromValue = (value: string) => (value === '' ? null : value)

interface ExportFormProps {
  doc: WorkspaceDoc
  /** The scenario the app shows: the default subject, compared with the baseline. */
  activeScenarioId: string | null
}

/** Which report, about which scenario and month, compared with what; then one Export button. */
export function ExportForm({ doc, activeScenarioId }: ExportFormProps) {
  const [format, setFormat] = useState<ExportFormat>('pptx')
  const [scenarioId, setScenarioId] = useState(activeScenarioId)
  const [chosenMonth, setMonth] = useState(0)
  const month = monthWithin(chosenMonth, doc.horizonMonths)
  const [csvTable, setCsvTable] = useState<CsvTable>('features')
  const [compared, setCompared] = useState(() => new Set([null, activeScenarioId]))
  const [deltaAgainst, setDeltaAgainst] = useState<DeltaBase>('baseline')
  const phase = useExportJob((state) => state.phase)
  const start = useExportJob((state) => state.start)

  const scenarios = [
    { id: null, name: BASELINE_NAME },
    ...doc.scenarios.map(({ id, name }) => ({ id, name })),
  ]
  const running = phase.kind === 'running'
  const invalid = new Set(
    phase.kind === 'failed' ? phase.problems.map((problem) => rootField(problem.path)) : [],
  )
  const comparing = usesComparison(format, csvTable)
  const withDeltas = usesDeltas(format, csvTable)

  function toggle(id: string | null, on: boolean) {
    const next = new Set(compared)
    if (on) next.add(id)
    else next.delete(id)
    setCompared(next)
  }

  function submit() {
    const request: ExportRequest = {
      format,
      scenarioId,
      // In the order the list shows them: the baseline, then the workspace's order.
      compare: scenarios.filter((s) => compared.has(s.id)).map((s) => s.id),
      month,
      deltaAgainst,
      ...(format === 'csv' ? { csvTable } : {}),
    }
    void start(request)
  }

  return (
    <form
      className="reports-card export-form"
      aria-labelledby="export-title"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <div className="export-form-head">
        <h3 id="export-title">Export a report</h3>
        <p className="muted">
          Built from the saved workspace by the same engine as the screens, so every figure in the
          file matches what you see here.
        </p>
      </div>

      <fieldset className="export-fieldset">
        <legend className="field-label">Format</legend>
        <div className="format-options">
          {formatChoices.map((choice) => (
            <label
              key={choice.format}
              className={`format-option${choice.format === format ? ' format-option-checked' : ''}`}
            >
              <input
                type="radio"
                name="export-format"
                value={choice.format}
                checked={choice.format === format}
                onChange={() => setFormat(choice.format)}
                data-testid={`export-format-${choice.format}`}
              />
              <span className="format-option-head">
                <span className="format-tag format-tag-ready">{choice.format.toUpperCase()}</span>
                <strong>{choice.title}</strong>
              </span>
              <span className="format-option-text">{choice.text}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="export-options">
        <label className="field">
          <span className="field-label">Scenario</span>
          <select
            value={toValue(scenarioId)}
            onChange={(event) => setScenarioId(fromValue(event.target.value))}
            aria-invalid={invalid.has('scenarioId')}
            data-testid="export-scenario"
          >
            {scenarios.map((s) => (
              <option key={toValue(s.id)} value={toValue(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
          <span className="field-hint">What the report is about.</span>
        </label>
        <label className="field">
          <span className="field-label">As of</span>
          <MonthSelect
            doc={doc}
            value={month}
            onMonth={setMonth}
            aria-invalid={invalid.has('month')}
            data-testid="export-month"
          />
          <span className="field-hint">The month of the KPIs and tables.</span>
        </label>
        {format === 'csv' && (
          <label className="field">
            <span className="field-label">Table</span>
            <select
              value={csvTable}
              onChange={(event) => setCsvTable(event.target.value as CsvTable)}
              data-testid="export-csv-table"
            >
              {csvTableChoices.map((choice) => (
                <option key={choice.table} value={choice.table}>
                  {choice.label}
                </option>
              ))}
            </select>
            <span className="field-hint">One table per CSV file.</span>
          </label>
        )}
      </div>

      <div className="export-comparison">
        <fieldset className="export-fieldset" disabled={!comparing}>
          <legend className="field-label">Compare with</legend>
          <div className="export-compare-list" aria-invalid={invalid.has('compare')}>
            {scenarios.map((s) => (
              <label key={toValue(s.id)} className="checkbox">
                <input
                  type="checkbox"
                  // The report's own scenario is always compared: the model adds it anyway.
                  checked={s.id === scenarioId || compared.has(s.id)}
                  disabled={s.id === scenarioId}
                  onChange={(event) => toggle(s.id, event.target.checked)}
                  data-testid={`export-compare-${s.id ?? 'baseline'}`}
                />
                {s.name}
                {s.id === scenarioId && <span className="muted"> (the report’s scenario)</span>}
              </label>
            ))}
          </div>
          <p className="field-hint">{comparisonHint(format, csvTable)}</p>
        </fieldset>
        <fieldset className="export-fieldset" disabled={!withDeltas}>
          <legend className="field-label">Deltas against</legend>
          <div className="export-radio-row">
            {deltaBases.map((base) => (
              <label key={base} className="checkbox">
                <input
                  type="radio"
                  name="export-deltas"
                  checked={deltaAgainst === base}
                  onChange={() => setDeltaAgainst(base)}
                  data-testid={`export-deltas-${base}`}
                />
                {base === 'baseline' ? 'Baseline' : 'Parent scenario'}
              </label>
            ))}
          </div>
          <p className="field-hint">{deltasHint(format, csvTable)}</p>
        </fieldset>
      </div>

      <div className="export-actions">
        <button
          type="submit"
          className="button-primary export-button"
          disabled={running}
          data-testid="export-start"
        >
          {running ? 'Exporting…' : `Export ${format.toUpperCase()}`}
        </button>
        <ExportStatus />
      </div>
    </form>
  )
}
