import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { MAX_DRAWS } from '../../../../../shared/simulation'
import { MonthSelect, monthWithin } from '../../../frame/MonthSelect'
import type { RunSettings, SettingsProblem } from './runSettings'

interface SimulationControlsProps {
  doc: WorkspaceDoc
  scenarioName: string
  settings: RunSettings
  onSettings(settings: RunSettings): void
  /** What to fix before a run; null when the settings are good. */
  problem: SettingsProblem | null
  running: boolean
  onRun(): void
  onCancel(): void
}

/** What a run is of (the active scenario), how many draws, the seed, the month; Run and Cancel. */
export function SimulationControls({
  doc,
  scenarioName,
  settings,
  onSettings,
  problem,
  running,
  onRun,
  onCancel,
}: SimulationControlsProps) {
  return (
    <form
      className="simulation-controls"
      onSubmit={(event) => {
        event.preventDefault()
        if (!running && problem === null) onRun()
      }}
    >
      <span className="simulation-controls__scenario" data-testid="simulation-scenario">
        Scenario <b>{scenarioName}</b>
        <span className="simulation-controls__hint">
          (the active one: switch it in the top bar)
        </span>
      </span>
      <label className="inline-field">
        Draws
        <input
          className="short-input"
          inputMode="numeric"
          value={settings.draws}
          onChange={(event) => onSettings({ ...settings, draws: event.target.value })}
          title={`1 to ${MAX_DRAWS.toLocaleString('en-US')}: more draws, steadier percentiles`}
          aria-invalid={problem?.field === 'draws'}
          disabled={running}
          data-testid="simulation-draws"
        />
      </label>
      <label className="inline-field">
        Seed
        <input
          className="short-input"
          inputMode="numeric"
          value={settings.seed}
          onChange={(event) => onSettings({ ...settings, seed: event.target.value })}
          title="The same seed draws the same numbers, so a run can be repeated exactly"
          aria-invalid={problem?.field === 'seed'}
          disabled={running}
          data-testid="simulation-seed"
        />
      </label>
      <label className="inline-field">
        Month
        <MonthSelect
          doc={doc}
          value={monthWithin(settings.month, doc.horizonMonths)}
          onMonth={(month) => onSettings({ ...settings, month })}
          disabled={running}
          data-testid="simulation-month"
        />
      </label>
      {/*
       * Keyed apart: were Cancel's element reused for Run, a click on Cancel would end the run,
       * turn the same button into a submit button, and its default action would start a new run.
       */}
      {running ? (
        <button key="cancel" type="button" onClick={onCancel} data-testid="simulation-cancel">
          Cancel
        </button>
      ) : (
        <button
          key="run"
          type="submit"
          className="button-primary"
          disabled={problem !== null}
          data-testid="simulation-run"
        >
          Run
        </button>
      )}
      {problem !== null && (
        <span className="simulation-controls__problem" role="alert">
          {problem.message}
        </span>
      )}
    </form>
  )
}
