/** Scenarios side by side: one month's full results per scenario, in the order asked for. */
import type { WorkspaceDoc } from '../model/types'
import { evaluateScenarios } from './evaluateScenarios'
import type { MonthResult } from './monthResult'

export const BASELINE_NAME = 'Baseline'

export interface ScenarioColumn {
  /** Null: the baseline. */
  scenarioId: string | null
  name: string
  result: MonthResult
}

export interface ScenarioComparison {
  columns: ScenarioColumn[]
}

/** Throws on an unknown scenario or overrides that do not apply (validate the document first). */
export function compareScenarios(
  doc: WorkspaceDoc,
  scenarioIds: readonly (string | null)[],
  month = 0,
): ScenarioComparison {
  // An unknown id throws here, so every scenario column below has a name to show.
  const results = evaluateScenarios(doc, scenarioIds, month)
  const names = new Map(doc.scenarios.map((scenario) => [scenario.id, scenario.name]))
  return {
    columns: scenarioIds.map((scenarioId, index) => ({
      scenarioId,
      name: scenarioId === null ? BASELINE_NAME : (names.get(scenarioId) ?? scenarioId),
      result: results[index] as MonthResult,
    })),
  }
}
