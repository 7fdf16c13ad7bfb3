import { useMemo } from 'react'
import { modelsAtMonth, type ModelsAtMonth } from '../../../shared/engine/modelsAtMonth'
import { scenarioOverrides } from '../../../shared/model/overrides'
import { useWorkspace } from './workspaceStore'

/**
 * The models as the active scenario has them in `month` (prices in force, their date, breakeven);
 * null without a workspace or when the scenario's overrides cannot apply — the status bar already
 * names those problems, and the prices show as blanks.
 */
export function useModelsAtMonth(month: number): ModelsAtMonth | null {
  const baseline = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  return useMemo(() => {
    if (baseline === null) return null
    try {
      return modelsAtMonth(baseline, month, scenarioOverrides(baseline, scenarioId))
    } catch {
      return null
    }
  }, [baseline, scenarioId, month])
}
