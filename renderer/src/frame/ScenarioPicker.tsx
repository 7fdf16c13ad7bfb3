import type { Scenario } from '../../../shared/model/types'
import { useWorkspace } from '../store/workspaceStore'

const noScenarios: Scenario[] = []

/** Baseline or one scenario: while a scenario is active, every edit becomes one of its overrides. */
export function ScenarioPicker() {
  const scenarios = useWorkspace((state) => state.doc?.scenarios ?? noScenarios)
  const activeId = useWorkspace((state) => state.activeScenarioId)
  const setActive = useWorkspace((state) => state.setActiveScenario)
  const active = scenarios.find((scenario) => scenario.id === activeId)
  return (
    <label className={activeId === null ? 'scenario-picker' : 'scenario-picker scenario-active'}>
      <span className="scenario-picker-label">Scenario</span>
      <select
        data-testid="scenario-picker"
        value={activeId ?? ''}
        onChange={(event) => setActive(event.target.value === '' ? null : event.target.value)}
        // The box ends a long name in "…": its tooltip names the scenario whole.
        title={
          active === undefined
            ? 'Baseline: edits change the baseline'
            : `${active.name}\nEdits become overrides of this scenario; the baseline is untouched`
        }
      >
        <option value="">Baseline</option>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name}
          </option>
        ))}
      </select>
    </label>
  )
}
