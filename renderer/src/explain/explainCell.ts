/**
 * Explains a cell of the workspace as the screens show it now (the active scenario, the first
 * month): the engine's context is built once per document and scenario, on the first explanation
 * asked for, not on every edit.
 */
import {
  explain,
  explainContext,
  type ExplainContext,
  type ExplainRequest,
  type Explanation,
} from '../../../shared/engine/explain'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { useWorkspace } from '../store/workspaceStore'

const contexts = new WeakMap<WorkspaceDoc, Map<string | null, ExplainContext>>()

function contextOf(doc: WorkspaceDoc, scenarioId: string | null): ExplainContext {
  let byScenario = contexts.get(doc)
  if (byScenario === undefined) contexts.set(doc, (byScenario = new Map()))
  let context = byScenario.get(scenarioId)
  if (context === undefined) byScenario.set(scenarioId, (context = explainContext(doc, scenarioId)))
  return context
}

/** Null when there is no workspace, or the scenario cannot be computed (its problems say why). */
export function explainCell(request: ExplainRequest): Explanation | null {
  const { doc, activeScenarioId, view } = useWorkspace.getState()
  if (doc === null || view?.result === null || view === null) return null
  return explain(contextOf(doc, activeScenarioId), request)
}
