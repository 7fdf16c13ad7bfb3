/**
 * What the screens show for a document and a scenario: the engine's result and the document as
 * the scenario sees it in its first month (the values grids display). Both are pure functions of
 * (doc, scenario); documents are immutable, so they are memoised by document identity.
 */
import type { ComputeResult } from '../../../shared/engine/results'
import { compute } from '../../../shared/engine'
import { applyOverrides, scenarioOverrides } from '../../../shared/model/overrides'
import type { Problem, WorkspaceDoc } from '../../../shared/model/types'

export interface ScenarioView {
  result: ComputeResult | null
  /** The document with the scenario's month-0 overrides applied (the baseline itself without one). */
  viewDoc: WorkspaceDoc
  /** Why the scenario could not be evaluated, each problem naming its field. */
  problems: Problem[]
}

const BASELINE = '\u0000baseline'
const cache = new WeakMap<WorkspaceDoc, Map<string, ScenarioView>>()

function evaluate(doc: WorkspaceDoc, scenarioId: string | null): ScenarioView {
  let viewDoc = doc
  if (scenarioId !== null) {
    const applied = applyOverrides(doc, scenarioOverrides(doc, scenarioId), 0)
    if (!applied.ok) return { result: null, viewDoc: doc, problems: applied.problems }
    viewDoc = applied.doc
  }
  try {
    return { result: compute(doc, { scenarioId, month: 0 }), viewDoc, problems: [] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { result: null, viewDoc, problems: [{ path: 'workspace', message }] }
  }
}

export function scenarioView(doc: WorkspaceDoc, scenarioId: string | null): ScenarioView {
  let perScenario = cache.get(doc)
  if (perScenario === undefined) {
    perScenario = new Map()
    cache.set(doc, perScenario)
  }
  const key = scenarioId ?? BASELINE
  let view = perScenario.get(key)
  if (view === undefined) {
    view = evaluate(doc, scenarioId)
    perScenario.set(key, view)
  }
  return view
}
