/**
 * What the screens show for a document and a scenario: the engine's result and the document as
 * the scenario sees it in its first month (the values grids display). Both are pure functions of
 * (doc, scenario); documents are immutable, so they are memoised by document identity.
 */
import type { ComputeResult } from '../../../shared/engine/results'
import { compiledMonthResult } from '../../../shared/engine/monthResult'
import { compiledByMonth, timelineOf, type Timeline } from '../../../shared/engine/timeline'
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

/**
 * `compute(doc, { scenarioId, month: 0 })`, with the forecast and self-host months run on first
 * read: an edit on a screen that shows neither (Features, Models…) pays for month 0 only. Every
 * month's document is built here, so what would make `compute` throw still throws now.
 */
function computeMonthZero(doc: WorkspaceDoc, scenarioId: string | null): ComputeResult {
  const compiledAt = compiledByMonth(doc, scenarioOverrides(doc, scenarioId))
  const start = compiledAt(0)
  for (let month = 1; month < start.horizonMonths; month++) compiledAt(month)
  let timeline: Timeline | null = null
  const months = () => (timeline ??= timelineOf(compiledAt))
  return {
    scenarioId,
    ...compiledMonthResult(start, 0),
    get forecast() {
      return months().forecast
    },
    get selfHost() {
      return months().selfHost
    },
  }
}

type ViewDocOutcome = { ok: true; doc: WorkspaceDoc } | { ok: false; problems: Problem[] }
const viewDocs = new WeakMap<WorkspaceDoc, Map<string, ViewDocOutcome>>()

function viewDocOutcome(doc: WorkspaceDoc, scenarioId: string | null): ViewDocOutcome {
  if (scenarioId === null) return { ok: true, doc }
  let perScenario = viewDocs.get(doc)
  if (perScenario === undefined) {
    perScenario = new Map()
    viewDocs.set(doc, perScenario)
  }
  let outcome = perScenario.get(scenarioId)
  if (outcome === undefined) {
    outcome = applyOverrides(doc, scenarioOverrides(doc, scenarioId), 0)
    perScenario.set(scenarioId, outcome)
  }
  return outcome
}

/**
 * The document a scenario sees in its first month, without computing its results: for questions
 * about overrides (which cells a scenario changes) across every scenario at once.
 */
export function scenarioViewDoc(doc: WorkspaceDoc, scenarioId: string | null): WorkspaceDoc {
  const outcome = viewDocOutcome(doc, scenarioId)
  return outcome.ok ? outcome.doc : doc
}

function evaluate(doc: WorkspaceDoc, scenarioId: string | null): ScenarioView {
  const applied = viewDocOutcome(doc, scenarioId)
  if (!applied.ok) return { result: null, viewDoc: doc, problems: applied.problems }
  const viewDoc = applied.doc
  try {
    return { result: computeMonthZero(doc, scenarioId), viewDoc, problems: [] }
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
