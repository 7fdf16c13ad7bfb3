/** Several scenarios at one month, for side-by-side comparison (the compare view, `margin compare`). */
import { scenarioOverrides } from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import { CompileMemo, compileDoc } from './compiledDoc'
import { assertMonth, compiledMonthResult, docAtMonth, type MonthResult } from './monthResult'

/**
 * The month's results for each scenario id (null: the baseline), in the order given. The scenarios
 * are compiled together, so what their overrides leave untouched is read once.
 */
export function evaluateScenarios(
  doc: WorkspaceDoc,
  scenarioIds: readonly (string | null)[],
  month = 0,
): MonthResult[] {
  assertMonth(month)
  const memo = new CompileMemo()
  return scenarioIds.map((scenarioId) => {
    const applied = docAtMonth(doc, scenarioOverrides(doc, scenarioId), month)
    return compiledMonthResult(compileDoc(applied, memo), month)
  })
}
