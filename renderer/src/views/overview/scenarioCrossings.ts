/**
 * The months the Overview compares a scenario with the baseline in: the month it shows and the
 * forecast's last month (where a rise that starts later has bitten), each evaluated by the engine.
 */
import { evaluateScenarios } from '../../../../shared/engine'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { scenarioView } from '../../store/derived'
import { floorCrossings, type FloorCrossings, type MonthPair } from './floorCrossings'

/**
 * Features the scenario pushes below their floor, in `shown`'s month and at the horizon; null for
 * the baseline or when the baseline itself cannot be evaluated.
 */
export function scenarioFloorCrossings(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  shown: ComputeResult,
  horizonMonths: number,
): FloorCrossings | null {
  if (scenarioId === null) return null
  const baseline = scenarioView(doc, null).result
  if (baseline === null) return null
  const pairs: MonthPair[] = [
    { month: shown.month, baseline: baseline.features, scenario: shown.features },
  ]
  const last = horizonMonths - 1
  if (last > 0) {
    try {
      // One call: the two documents share their compiled parts.
      const [scenarioAtEnd, baselineAtEnd] = evaluateScenarios(doc, [scenarioId, null], last)
      if (scenarioAtEnd && baselineAtEnd && scenarioAtEnd.month !== shown.month) {
        pairs.push({
          month: scenarioAtEnd.month,
          baseline: baselineAtEnd.features,
          scenario: scenarioAtEnd.features,
        })
      }
    } catch {
      // The shown month evaluated, so every month's document was built; nothing should throw
      // here. Should it, the shown month still answers the question.
    }
  }
  return floorCrossings(pairs)
}
