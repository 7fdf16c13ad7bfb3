import { useState } from 'react'
import { EmptyState } from '../../frame/EmptyState'
import { useNavigation } from '../../frame/navigation'
import { useWorkspace } from '../../store/workspaceStore'
import { CompareSection } from './CompareSection'
import { GoalSeekDialog } from './GoalSeekDialog'
import { OverridesGrid } from './OverridesGrid'
import { ScenarioList } from './ScenarioList'
import { SensitivitySection } from './SensitivitySection'

export function ScenariosView() {
  const doc = useWorkspace((state) => state.doc)
  const view = useWorkspace((state) => state.view)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const focusedOverride = useNavigation((state) => state.selection.override)
  const select = useNavigation((state) => state.select)
  const featureId = useNavigation((state) => state.selection.feature)
  const [goalSeekOpen, setGoalSeekOpen] = useState(false)
  if (doc === null || view === null) return null
  const scenario = doc.scenarios.find((s) => s.id === scenarioId)
  return (
    <div className="view-stack">
      <div className="scenario-top">
        <ScenarioList doc={doc} />
        {scenario ? (
          <OverridesGrid
            doc={doc}
            scenario={scenario}
            focusedIndex={focusedOverride === undefined ? undefined : Number(focusedOverride)}
            onFocus={(index) => select('override', String(index))}
          />
        ) : (
          <EmptyState title="Editing the baseline">
            Select or create a scenario to see its overrides. While a scenario is active, every
            number you change in the other views becomes one of its overrides, tinted in the grids.
          </EmptyState>
        )}
      </div>
      <CompareSection doc={doc} />
      <SensitivitySection
        doc={doc}
        scenarioId={scenarioId}
        onGoalSeek={() => setGoalSeekOpen(true)}
      />
      {goalSeekOpen && view.result !== null && (
        <GoalSeekDialog
          doc={doc}
          viewDoc={view.viewDoc}
          result={view.result}
          scenarioId={scenarioId}
          featureId={doc.features.some((f) => f.id === featureId) ? featureId : undefined}
          onClose={() => setGoalSeekOpen(false)}
        />
      )}
    </div>
  )
}
