/**
 * Which features a scenario pushes below their floor: at or above it under the baseline, below it
 * under the scenario, month by month. Only the engine's feature results are read; nothing here is
 * recomputed.
 */
import type { FeatureResult } from '../../../../shared/engine/results'

/** The baseline's and the scenario's results for one month. */
export interface MonthPair {
  /** 'YYYY-MM', as the engine labels it. */
  month: string
  baseline: readonly FeatureResult[]
  scenario: readonly FeatureResult[]
}

export interface CrossingCell {
  baselinePct: number | null
  scenarioPct: number | null
  baselineFloorPct: number
  floorPct: number
  /** At or above its floor under the baseline, below it under the scenario. */
  crosses: boolean
}

export interface CrossingRow {
  featureId: string
  /** One cell per month of the pairs, in their order; null when either side lacks the feature. */
  cells: (CrossingCell | null)[]
}

export interface FloorCrossings {
  months: string[]
  /** Features crossing in at least one month, the furthest below its floor first. */
  rows: CrossingRow[]
}

function cellOf(baseline: FeatureResult, scenario: FeatureResult): CrossingCell {
  const before = baseline.grossMarginPct
  const after = scenario.grossMarginPct
  return {
    baselinePct: before,
    scenarioPct: after,
    baselineFloorPct: baseline.floorPct,
    floorPct: scenario.floorPct,
    crosses:
      before !== null && after !== null && before >= baseline.floorPct && after < scenario.floorPct,
  }
}

/** How far below its floor the feature falls where it crosses: the larger, the more urgent. */
function shortfall(row: CrossingRow): number {
  return Math.max(
    ...row.cells.map((cell) =>
      cell?.crosses ? cell.floorPct - (cell.scenarioPct ?? cell.floorPct) : 0,
    ),
  )
}

export function floorCrossings(pairs: readonly MonthPair[]): FloorCrossings {
  const ids = pairs[0]?.baseline.map((feature) => feature.id) ?? []
  const rows = ids
    .map((featureId): CrossingRow => ({
      featureId,
      cells: pairs.map((pair) => {
        const baseline = pair.baseline.find((f) => f.id === featureId)
        const scenario = pair.scenario.find((f) => f.id === featureId)
        return baseline && scenario ? cellOf(baseline, scenario) : null
      }),
    }))
    .filter((row) => row.cells.some((cell) => cell?.crosses === true))
  // A stable sort: equally urgent features keep the document's order.
  rows.sort((a, b) => shortfall(b) - shortfall(a))
  return { months: pairs.map((pair) => pair.month), rows }
}
