/**
 * Goal seek: the value of one input (an override path naming exactly one number) that puts a
 * metric — the portfolio's, a feature's or a cohort's gross margin or gross profit — at a target,
 * e.g. "which price puts complex resolutions at their 55% floor?". The input is set by a `set`
 * override after the scenario's, and searched within the field's valid range (DESIGN.md §2).
 */
import {
  applyOverrides,
  effectiveValueAt,
  matchOverride,
  scenarioOverrides,
} from '../model/overrides'
import type { WorkspaceDoc } from '../model/types'
import type { NumberRange } from '../model/validation/schemaTypes'
import {
  formatGoalValue,
  formatNumber,
  goalMetricPath,
  readGoalMetric,
  type GoalMetric,
} from './goalMetric'
import { assertMonth, docAtMonth, evaluateMonth } from './monthResult'
import { overrideFieldRange } from './overrideFieldRange'
import { findRoot } from './rootFinding'

export { parseGoalMetric, type GoalMetric, type GoalMetricKind } from './goalMetric'

export interface GoalSeekRequest {
  /** Null or absent: the baseline. */
  scenarioId?: string | null
  /** Months from startMonth; default 0. */
  month?: number
  /** An override path naming exactly one number: `features/complex/pricePerUnit`. */
  inputPath: string
  target: GoalMetric
  value: number
  /** The search range; default the field's valid range, capped above (see `searchRange`). */
  lo?: number
  hi?: number
}

export type GoalSeekResult =
  | { ok: true; inputValue: number; achieved: number; baseInputValue: number }
  | {
      ok: false
      reason: string
      /** The input value that came closest; null when no value in range gave the metric a value. */
      closestInputValue: number | null
      closestAchieved: number | null
      /** The range searched; null when the request was refused before searching. */
      lo: number | null
      hi: number | null
    }

/** Fields without an upper bound are searched up to this multiple of their value (at least this). */
const UNBOUNDED_SEARCH_FACTOR = 1000
/** A target counts as met within this, relative to its size (absolute below 1). */
const RELATIVE_TOLERANCE = 1e-9
/** How far inside an exclusive bound the search stays (relative to the bound, at least absolute). */
const EXCLUSIVE_BOUND_INSET = 1e-9

const refused = (reason: string): GoalSeekResult => ({
  ok: false,
  reason,
  closestInputValue: null,
  closestAchieved: null,
  lo: null,
  hi: null,
})

function inset(bound: number, exclusive: boolean | undefined, direction: 1 | -1): number {
  return exclusive
    ? bound + direction * EXCLUSIVE_BOUND_INSET * Math.max(1, Math.abs(bound))
    : bound
}

/**
 * The requested range, kept inside the field's valid range; an open end defaults to the valid
 * bound, or to 1000× the current value (at least 1000) where the field has none.
 */
function searchRange(
  request: GoalSeekRequest,
  range: NumberRange,
  base: number,
): { lo: number; hi: number } | string {
  const min = range.min === undefined ? -Infinity : inset(range.min, range.minExclusive, 1)
  const max = range.max === undefined ? Infinity : inset(range.max, range.maxExclusive, -1)
  const cap = UNBOUNDED_SEARCH_FACTOR * Math.max(1, Math.abs(base))
  const lo = Math.max(min, request.lo ?? (Number.isFinite(min) ? min : -cap))
  const hi = Math.min(max, request.hi ?? (Number.isFinite(max) ? max : cap))
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return 'lo and hi must be finite numbers'
  if (lo > hi) {
    return `the search range is empty: lo ${formatNumber(lo)} is above hi ${formatNumber(hi)}`
  }
  return { lo, hi }
}

/** Never throws: every refusal and every miss comes back as a reason. */
export function goalSeek(doc: WorkspaceDoc, request: GoalSeekRequest): GoalSeekResult {
  const month = request.month ?? 0
  const { inputPath, target, value } = request
  let applied: WorkspaceDoc
  try {
    assertMonth(month)
    applied = docAtMonth(doc, scenarioOverrides(doc, request.scenarioId ?? null), month)
  } catch (error) {
    return refused(error instanceof Error ? error.message : String(error))
  }
  if (!Number.isFinite(value)) return refused(`the target value must be a finite number`)
  if (target.featureId !== undefined && !applied.features.some((f) => f.id === target.featureId)) {
    return refused(`${goalMetricPath(target)}: no feature "${target.featureId}"`)
  }
  if (target.cohortId !== undefined && !applied.cohorts.some((c) => c.id === target.cohortId)) {
    return refused(`${goalMetricPath(target)}: no cohort "${target.cohortId}"`)
  }
  const match = matchOverride(applied, inputPath)
  if ('error' in match) return refused(`${inputPath}: ${match.error}`)
  const base = effectiveValueAt(applied, inputPath)
  const fieldRange = overrideFieldRange(applied, inputPath)
  if (match.targets !== 1 || base === undefined || fieldRange === undefined) {
    return refused(
      `${inputPath} names ${match.targets} values: goal seek changes exactly one (no * or provider: selectors)`,
    )
  }
  const range = searchRange(request, fieldRange, base)
  if (typeof range === 'string') return refused(range)

  const achievedAt = new Map<number, number | null>()
  const metricAt = (x: number): number | null => {
    if (!achievedAt.has(x)) {
      const set = applyOverrides(applied, [{ path: inputPath, op: 'set', value: x }], month)
      // A value the document cannot take (e.g. a mix share with nothing left to rescale).
      achievedAt.set(x, set.ok ? readGoalMetric(evaluateMonth(set.doc, month), target) : null)
    }
    return achievedAt.get(x) ?? null
  }
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(value))
  const outcome = findRoot(
    (x) => {
      const metric = metricAt(x)
      return metric === null ? null : metric - value
    },
    { ...range, start: base, tolerance },
  )
  if (outcome.root) {
    const inputValue = outcome.root.x
    return { ok: true, inputValue, achieved: metricAt(inputValue) as number, baseInputValue: base }
  }
  const closest = outcome.closest
  const between = `between ${formatNumber(range.lo)} and ${formatNumber(range.hi)}`
  const what = `${goalMetricPath(target)} = ${formatGoalValue(target, value)}`
  const closestAchieved = closest ? metricAt(closest.x) : null
  return {
    ok: false,
    reason:
      closest && closestAchieved !== null
        ? `${what} is unreachable ${between}: the closest is ${formatGoalValue(target, closestAchieved)} at ${formatNumber(closest.x)}`
        : `${what} is unreachable ${between}: ${goalMetricPath(target)} has no value there (no revenue)`,
    closestInputValue: closest ? closest.x : null,
    closestAchieved,
    ...range,
  }
}
