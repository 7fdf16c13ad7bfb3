/** Shared by the simulation tests: zero-width ranges, and the documents they must match. */
import { effectiveValueAt, scenarioOverrides } from '../../../shared/model/overrides'
import type { Override, Range, RangeShape, WorkspaceDoc } from '../../../shared/model/types'
import { docAtMonth } from '../../../shared/engine/monthResult'
import type { Percentiles } from '../../../shared/simulation/types'

/** A range of no width at `value`: every draw, whatever its shape, is exactly `value`. */
export const zeroWidth = (path: string, value: number, shape: RangeShape = 'pert'): Range => ({
  path,
  low: value,
  likely: value,
  high: value,
  shape,
})

/** The percentiles of draws that all equal `value`; null for no value (no margin). */
export const allAt = (value: number | null): Percentiles | null =>
  value === null ? null : { mean: value, p5: value, p25: value, p50: value, p75: value, p95: value }

/** What `path` stands for in the scenario's document at month 0 (the baseline for null). */
export function currentValue(doc: WorkspaceDoc, scenarioId: string | null, path: string): number {
  const value = effectiveValueAt(docAtMonth(doc, scenarioOverrides(doc, scenarioId), 0), path)
  if (value === undefined) throw new Error(`${path} names no single value`)
  return value
}

/** `doc` whose scenario (or, for the baseline, a new scenario) ends with `overrides`. */
export function withOverrides(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  overrides: readonly Override[],
): { doc: WorkspaceDoc; scenarioId: string } {
  if (scenarioId === null) {
    const scenario = { id: 'with-overrides', name: 'With overrides', overrides: [...overrides] }
    return { doc: { ...doc, scenarios: [...doc.scenarios, scenario] }, scenarioId: scenario.id }
  }
  const scenarios = doc.scenarios.map((scenario) =>
    scenario.id === scenarioId
      ? { ...scenario, overrides: [...scenario.overrides, ...overrides] }
      : scenario,
  )
  return { doc: { ...doc, scenarios }, scenarioId }
}

/** Each range at its low value as a `set` override: what a zero-width range stands for. */
export const setsOf = (ranges: readonly Range[]): Override[] =>
  ranges.map((range) => ({ path: range.path, op: 'set', value: range.low }))
