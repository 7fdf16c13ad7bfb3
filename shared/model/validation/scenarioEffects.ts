/**
 * What a scenario does to the document: its whole chain of overrides is applied at every month
 * where some override starts, and each resulting document must pass the non-scenario rules.
 */
import type { Override, Problem, WorkspaceDoc } from '../types'
import { overrideStartMonths, scenarioOverrides } from '../overrides'
import { problemsAtMonth } from './overridesProblem'
import { fieldPath, itemPath } from './problemSink'
import type { ReferenceIds } from './referenceIds'
import { attempt } from './attempt'

/** A scenario whose parent chain is known to be acyclic. */
export interface CheckedScenario {
  id: string
  path: string
  parentId: string | undefined
  overrides: readonly unknown[]
  /** The scenario itself passed every check (shape, ranges, override paths). */
  sound: boolean
}

interface Effects {
  /** Every problem the scenario's chain causes, keyed as `problemsAt` keys them. */
  keys: ReadonlySet<string>
  /** The problems this scenario adds to its parent's (those are reported with the parent). */
  problems: Problem[]
}

const NO_EFFECTS: Effects = { keys: new Set(), problems: [] }

export class ScenarioEffects {
  private readonly memo = new Map<string, Effects>()
  /** Each override object's own path, to name the override that failed to apply. */
  private readonly overridePaths = new Map<unknown, string>()

  constructor(
    private readonly doc: WorkspaceDoc,
    private readonly scenarios: ReadonlyMap<string, CheckedScenario>,
    private readonly ids: ReferenceIds,
  ) {
    for (const scenario of scenarios.values()) {
      scenario.overrides.forEach((override, index) => {
        this.overridePaths.set(override, itemPath(fieldPath(scenario.path, 'overrides'), index))
      })
    }
  }

  of(id: string | undefined): Effects {
    const scenario = id === undefined ? undefined : this.scenarios.get(id)
    if (scenario === undefined) return NO_EFFECTS
    const known = this.memo.get(scenario.id)
    if (known) return known
    const inherited = this.of(scenario.parentId)
    // An unsound chain is already reported; applying it would only echo those problems.
    const effects = this.chainIsSound(scenario)
      ? this.apply(scenario, inherited.keys)
      : { keys: inherited.keys, problems: [] }
    this.memo.set(scenario.id, effects)
    return effects
  }

  private chainIsSound(scenario: CheckedScenario): boolean {
    for (let at: CheckedScenario | undefined = scenario; at;) {
      if (!at.sound) return false
      at = at.parentId === undefined ? undefined : this.scenarios.get(at.parentId)
    }
    return true
  }

  private apply(scenario: CheckedScenario, inherited: ReadonlySet<string>): Effects {
    const keys = new Set(inherited)
    const problems: Problem[] = []
    const outcome = attempt(() => {
      const overrides = scenarioOverrides(this.doc, scenario.id)
      // The document only changes where some override starts, so these months cover every state.
      for (const month of overrideStartMonths(overrides)) {
        for (const { key, problem } of this.problemsAt(overrides, month, scenario.path)) {
          if (keys.has(key)) continue
          keys.add(key)
          problems.push(problem)
        }
      }
    })
    if (!outcome.ok) {
      problems.push({
        path: scenario.path,
        message: `its overrides could not be applied: ${outcome.error}`,
      })
    }
    return { keys, problems }
  }

  /**
   * The problems at one month, each with a key that leaves out the month and the value, so a field
   * that goes wrong from month 3 on is reported once, at month 3.
   */
  private problemsAt(
    overrides: Override[],
    month: number,
    scenarioPath: string,
  ): { key: string; problem: Problem }[] {
    const when = month > 0 ? `from month ${month}, ` : ''
    const { kind, problems } = problemsAtMonth(this.doc, this.ids, overrides, month)
    if (kind === 'apply') {
      return problems.map((problem) => {
        const owner = this.ownerOf(overrides, problem.path)
        const path = owner ?? scenarioPath
        const message = owner ? problem.message : `${problem.path}: ${problem.message}`
        return { key: `${path}\u0000${message}`, problem: { path, message: `${when}${message}` } }
      })
    }
    return problems.map((problem) => ({
      key: problem.path,
      problem: {
        path: scenarioPath,
        message: `${when}makes ${problem.path} invalid: ${problem.message}`,
      },
    }))
  }

  /** `overrides[3]` of the chain's list → the path of that override in its own scenario. */
  private ownerOf(overrides: Override[], path: string): string | undefined {
    const index = /^overrides\[(\d+)\]$/.exec(path)?.[1]
    return index === undefined ? undefined : this.overridePaths.get(overrides[Number(index)])
  }
}
