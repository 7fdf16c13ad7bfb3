/**
 * A scenario chain over the quarter a lever is judged on (§12): gross profit at months t, t+1 and
 * t+2, and the portfolio and feature results at t. Each month runs through the engine's own path
 * — the document with the overrides in force then (compiled once per set of active overrides),
 * then the month's ledger — so the figures are the ones `compute` and `margin compare` print,
 * without the horizon-long forecast and self-host comparison `compute` adds.
 */
import { featureResults } from '../engine/featureResults'
import { marginPct } from '../engine/margins'
import { monthLedger } from '../engine/monthLedger'
import type { FeatureResult } from '../engine/results'
import { compiledByMonth } from '../engine/timeline'
import type { Override, WorkspaceDoc } from '../model/types'

const QUARTER_MONTHS = 3

export interface QuarterFigures {
  /** By month of the quarter, in order. */
  grossProfit: number[]
  /** At the quarter's first month. */
  portfolioMarginPct: number | null
  features: ReadonlyMap<string, FeatureResult>
}

/**
 * Months t … t+2 that fall within the horizon (read, as the forecast reads it, as the chain stands
 * at month 0); month t itself always, so a month past the horizon is still judged on its own.
 */
export function quarterMonths(doc: WorkspaceDoc, chain: readonly Override[], month: number) {
  const { horizonMonths } = compiledByMonth(doc, chain)(0)
  const months = [month]
  for (let next = month + 1; next < month + QUARTER_MONTHS && next < horizonMonths; next++) {
    months.push(next)
  }
  return months
}

/** Throws when the overrides do not apply (at any of the months). */
export function quarterFigures(
  doc: WorkspaceDoc,
  overrides: readonly Override[],
  months: readonly number[],
): QuarterFigures {
  const compiledAt = compiledByMonth(doc, overrides)
  const ledgers = months.map((month) => monthLedger(compiledAt(month), month))
  const first = ledgers[0]!
  const features = featureResults(compiledAt(first.month), first)
  return {
    grossProfit: ledgers.map((ledger) => ledger.revenue - ledger.cogs),
    portfolioMarginPct: marginPct(first.revenue, first.cogs),
    features: new Map(features.map((feature) => [feature.id, feature])),
  }
}
