/**
 * The scenario rules of DESIGN.md §2/§4 that need more than the schema: parent cycles, override
 * paths that name nothing, and overrides that turn a valid baseline into an invalid document.
 * Paths are checked by applying the chain (scenarioEffects.ts), not against the baseline: an
 * override may name what an earlier one inserted (§4a).
 */
import type { WorkspaceDoc } from '../types'
import { scenarioList, scenarioNode } from './docSchema'
import { fieldPath, itemPath, ProblemSink } from './problemSink'
import { checkValue, itemLabel, type WalkContext } from './walk'
import { analyseScenarioChains } from './scenarioChains'
import { ScenarioEffects, type CheckedScenario } from './scenarioEffects'
import { asArray, isRecord, stringField } from './access'

/** How much of the non-scenario part of the document passed. */
export interface BaselineState {
  /** No value of a wrong type, missing or unknown: the document can be read as typed. */
  shapeClean: boolean
  /** No problem at all: a problem after overrides is then the scenario's doing. */
  clean: boolean
}

interface Located {
  id: string
  path: string
  scenario: Record<string, unknown>
}

export function checkScenarios(doc: unknown, ctx: WalkContext, baseline: BaselineState): void {
  if (!isRecord(doc)) return
  const located = locate(doc.scenarios)
  const { cycles, intact } = analyseScenarioChains(doc.scenarios)
  for (const cycle of cycles) {
    const first = located.find((entry) => entry.id === cycle[0])?.path ?? 'scenarios'
    ctx.sink.add(fieldPath(first, 'parentId'), `parent cycle: ${cycle.join(' → ')}`)
  }
  if (!baseline.shapeClean) return

  const typed = doc as unknown as WorkspaceDoc
  const checked = new Map<string, CheckedScenario>()
  for (const { id, path, scenario } of located) {
    if (!intact.has(id) || checked.has(id)) continue
    checked.set(id, {
      id,
      path,
      parentId: stringField(scenario, 'parentId'),
      overrides: asArray(scenario.overrides),
      sound: problemCount(scenario, ctx) === 0,
    })
  }
  if (!baseline.clean) return

  const effects = new ScenarioEffects(typed, checked, ctx.ids)
  for (const id of checked.keys()) {
    for (const problem of effects.of(id).problems) ctx.sink.add(problem.path, problem.message)
  }
}

/** Scenarios that are objects with a string id, each with its problem path. */
function locate(scenarios: unknown): Located[] {
  const located: Located[] = []
  asArray(scenarios).forEach((scenario, index) => {
    const id = stringField(scenario, 'id')
    if (id === undefined || !isRecord(scenario)) return
    located.push({
      id,
      path: itemPath('scenarios', itemLabel(scenarioList.key, scenario, index)),
      scenario,
    })
  })
  return located
}

function problemCount(scenario: unknown, ctx: WalkContext): number {
  const scratch = new ProblemSink()
  checkValue(scenarioNode, scenario, '', { ...ctx, sink: scratch })
  return scratch.problems.length
}
