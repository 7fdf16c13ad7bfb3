/**
 * Evaluating one draw: every month of the horizon (the fan) and, at the simulated month, the
 * portfolio and each feature, exactly as `compute` evaluates them (DESIGN.md §3, §5). The months of
 * a scenario are grouped as the engine groups them (by the dated overrides in force), and each
 * group's document is compiled once; a draw recompiles only what its values change.
 */
import type { CompiledDoc } from '../engine/compiledDoc'
import { featureTotals } from '../engine/featureResults'
import { monthLedger, type MonthLedger } from '../engine/monthLedger'
import { monthLabel } from '../engine/months'
import { compiledByMonth, type CompiledAt } from '../engine/timeline'
import { scenarioOverrides } from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import { docAtMonth } from '../engine/monthResult'
import type { RangeInForce } from './effectiveRanges'
import { DrawCompiler } from './drawCompiler'
import { DrawPrices } from './drawPrices'
import { resolveRangeWrites, type EntityWrites } from './rangeWrites'
import type { SimulationOptions } from './types'

/** Where a draw's results go, as they are computed. Revenue and COGS as the engine sums them. */
export interface DrawSink {
  /** Month `month` of the forecast (0-based). */
  month(month: number, revenue: number, cogs: number): void
  /** The portfolio at the simulated month, and its floor in this draw. */
  portfolio(revenue: number, cogs: number, floorPct: number): void
  /** Feature `feature` (its row in the document at the simulated month) at that month. */
  feature(feature: number, revenue: number, cogs: number, floorPct: number): void
}

interface MonthGroup {
  compiler: DrawCompiler
  prices: DrawPrices
  months: number[]
}

/**
 * The months to evaluate, grouped by their compiled document (the engine's grouping): every month
 * of the horizon, or `month` alone.
 */
function monthGroups(
  compiledAt: CompiledAt,
  months: readonly number[],
): Map<CompiledDoc, number[]> {
  const groups = new Map<CompiledDoc, number[]>()
  for (const month of months) {
    const compiled = compiledAt(month)
    const group = groups.get(compiled)
    if (group) group.push(month)
    else groups.set(compiled, [month])
  }
  return groups
}

/**
 * A group's writes, each range read against its own document at the group's month (the baseline's,
 * or its scenario's) so it follows what the run's scenario changes (followScenario.ts). An error
 * only from a later month says which month.
 */
function writesOf(
  doc: WorkspaceDoc,
  compiled: CompiledDoc,
  inForce: readonly RangeInForce[],
  month: number,
): EntityWrites[] {
  const homes = new Map<string | null, WorkspaceDoc>()
  const homeOf = (owner: string | null): WorkspaceDoc => {
    let home = homes.get(owner)
    if (!home) homes.set(owner, (home = docAtMonth(doc, scenarioOverrides(doc, owner), month)))
    return home
  }
  const ranges = inForce.map((each) => each.range)
  try {
    return resolveRangeWrites(
      compiled.doc,
      ranges,
      inForce.map((each) => homeOf(each.owner)),
    )
  } catch (error) {
    if (month === 0 || !(error instanceof Error)) throw error
    throw new Error(`${error.message} (in the scenario's document from month ${month})`)
  }
}

export class DrawEvaluator {
  readonly horizonMonths: number
  /** 'YYYY-MM' of each month of the horizon. */
  readonly monthLabels: string[]
  /** The features at the simulated month, in document order. */
  readonly featureIds: string[]
  private readonly groups: MonthGroup[]
  private readonly month: number
  private readonly forecast: boolean

  /**
   * Throws on an unknown scenario, overrides that do not apply, a month past the horizon, or a
   * range on what takes none (naming the range).
   */
  constructor(doc: WorkspaceDoc, inForce: readonly RangeInForce[], options: SimulationOptions) {
    const ranges = inForce.map((each) => each.range)
    const { scenarioId, month, forecast } = options
    this.month = month
    this.forecast = forecast
    const compiledAt = compiledByMonth(doc, scenarioOverrides(doc, scenarioId))
    const start = compiledAt(0)
    this.horizonMonths = start.horizonMonths
    if (month >= this.horizonMonths) {
      throw new Error(
        `month must be within the horizon (0..${this.horizonMonths - 1}), got ${month}`,
      )
    }
    this.monthLabels = Array.from({ length: this.horizonMonths }, (_, m) => monthLabel(doc, m))
    const months = forecast ? this.monthLabels.map((_, m) => m) : [month]
    this.groups = [...monthGroups(compiledAt, months)].map(([compiled, months]) => {
      const writes = writesOf(doc, compiled, inForce, months[0]!)
      const compiler = new DrawCompiler(compiled, writes, ranges)
      const { writtenModels, writesWorkspace } = compiler
      const prices = new DrawPrices(compiled, months, writtenModels, writesWorkspace)
      return { compiler, prices, months }
    })
    const atMonth = compiledAt(month)
    this.featureIds = atMonth.featureOrder.map((position) => atMonth.features[position]!.id)
  }

  /** Evaluates the draw whose range values are `values` (one per range) into `sink`. */
  evaluate(values: Float64Array, sink: DrawSink): void {
    for (const { compiler, prices, months } of this.groups) {
      const compiled = compiler.compiled(values)
      for (const month of months) {
        const ledger = monthLedger(compiled, month, prices.at(compiled, month))
        if (this.forecast) sink.month(month, ledger.revenue, ledger.cogs)
        if (month === this.month) reportMonth(compiled, ledger, sink)
      }
    }
  }
}

/** The portfolio and each feature as featureResults computes them (cogs = variable + fixed). */
function reportMonth(compiled: CompiledDoc, ledger: MonthLedger, sink: DrawSink): void {
  sink.portfolio(ledger.revenue, ledger.cogs, compiled.portfolioFloorPct)
  const totals = featureTotals(compiled, ledger)
  compiled.featureOrder.forEach((position, row) => {
    const feature = compiled.features[position]!
    const { revenue, variableCogs } = totals[position]!
    sink.feature(row, revenue, variableCogs + feature.fixedMonthly, feature.floorPct)
  })
}
