/** One month's detailed results (DESIGN.md §5 without forecast and self-host). */
import { applyOverrides } from '../model/overrides'
import type { Override, WorkspaceDoc } from '../model/types'
import { cacheBreakevenReuse } from './cacheBreakeven'
import { cohortResult } from './cohortResults'
import { compileDoc, type CompiledDoc } from './compiledDoc'
import { featureResults } from './featureResults'
import { monthLedger } from './monthLedger'
import { monthLabel } from './months'
import { portfolioLayers, portfolioResult } from './portfolio'
import type { ComputeResult } from './results'

export type MonthResult = Omit<ComputeResult, 'forecast' | 'selfHost' | 'scenarioId'>

/** Rows come back in document order; every sum behind them ran in id order. */
function inDocumentOrder<T>(compiledOrder: readonly T[], order: readonly number[]): T[] {
  return order.map((position) => compiledOrder[position]!)
}

export function compiledMonthResult(compiled: CompiledDoc, month: number): MonthResult {
  const ledger = monthLedger(compiled, month)
  const features = featureResults(compiled, ledger)
  const layers = portfolioLayers(ledger, features)
  return {
    month: monthLabel(compiled.doc, month),
    portfolio: portfolioResult(compiled, ledger, layers),
    layers,
    features: inDocumentOrder(features, compiled.featureOrder),
    cohorts: inDocumentOrder(
      ledger.cohorts.map((cohort) => cohortResult(cohort, compiled.portfolioFloorPct)),
      compiled.cohortOrder,
    ),
    cacheBreakevenReuse: cacheBreakevenReuse(compiled, ledger.prices),
  }
}

export function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 0) {
    throw new Error(
      `month must be a whole number of months from startMonth (0, 1, …), got ${month}`,
    )
  }
}

/** The document at `month` with the overrides active then; throws when they cannot apply. */
export function docAtMonth(doc: WorkspaceDoc, overrides: readonly Override[], month: number) {
  const applied = applyOverrides(doc, overrides, month)
  if (!applied.ok) {
    const problems = applied.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
    throw new Error(`the scenario's overrides do not apply at month ${month}: ${problems}`)
  }
  return applied.doc
}

/** Month `month` of `doc` with `overrides` (a scenario's chain) applied as they stand then. */
export function evaluateMonth(
  doc: WorkspaceDoc,
  month: number,
  overrides: readonly Override[] = [],
): MonthResult {
  assertMonth(month)
  return compiledMonthResult(compileDoc(docAtMonth(doc, overrides, month)), month)
}
