/**
 * How each change moves the chance of ending below the floor: the active scenario simulated, then
 * each change as a temporary child of it, all with the same seed and number of draws. The same
 * seed gives every run the same draws of the same ranges (common random numbers), so the
 * difference between two runs is the change's, not the noise of two independent samples.
 */
import type { OverrideChange } from '../../../../../shared/backlog'
import { uniqueId } from '../../../../../shared/model/freeNames'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { simulate, type SimulationProgress } from '../../../../../shared/simulation'
import type { ChangeRisk, JobRequest, RiskEstimate } from './protocol'

type RiskRequest = Extract<JobRequest, { job: 'risk' }>

/** The document with the change as a child of the active scenario, and that child's id. */
function withChangeAsScenario(request: RiskRequest, change: OverrideChange) {
  const { doc, scenarioId } = request
  const id = uniqueId(
    '__lever',
    doc.scenarios.map((scenario) => scenario.id),
  )
  const trial: WorkspaceDoc = {
    ...doc,
    scenarios: [
      ...doc.scenarios,
      {
        id,
        name: `Trial of ${change.id}`,
        ...(scenarioId === null ? {} : { parentId: scenarioId }),
        overrides: [...change.overrides],
      },
    ],
  }
  return { trial, id }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Throws when the active scenario itself cannot be simulated; a change that cannot says why. */
export function estimateRisk(
  request: RiskRequest,
  onProgress?: (progress: SimulationProgress) => void,
): RiskEstimate {
  const { doc, scenarioId, month, draws, seed, changes } = request
  const total = draws * (changes.length + 1)
  // Progress across every run: run k's draws come after the k runs before it.
  const run = (runDoc: WorkspaceDoc, runScenarioId: string | null, k: number) =>
    simulate(
      runDoc,
      { scenarioId: runScenarioId, draws, seed, month, forecast: false },
      { onProgress: (progress) => onProgress?.({ done: k * draws + progress.done, total }) },
    ).result.portfolio.probBelowFloor

  const probBelowFloor = run(doc, scenarioId, 0)
  const risks = changes.map((change, index): ChangeRisk => {
    const { trial, id } = withChangeAsScenario(request, change)
    try {
      return { id: change.id, probBelowFloor: run(trial, id, index + 1) }
    } catch (error) {
      onProgress?.({ done: (index + 2) * draws, total })
      return { id: change.id, error: messageOf(error) }
    }
  })
  return { probBelowFloor, changes: risks, draws }
}
