import { BASELINE_NAME } from '../engine/compare'
import type { WorkspaceDoc } from '../model/types'

/** A scenario's display name; null is the baseline. */
export function scenarioName(doc: WorkspaceDoc, scenarioId: string | null): string {
  if (scenarioId === null) return BASELINE_NAME
  return doc.scenarios.find((scenario) => scenario.id === scenarioId)?.name ?? scenarioId
}
