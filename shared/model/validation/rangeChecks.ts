/**
 * The range rules of DESIGN.md §11 that need more than the schema: low ≤ likely ≤ high, a
 * lognormal above 0, and a path that names numeric fields whose bounds hold low and high. A
 * scenario's ranges are read against the document its chain makes (they may name what it
 * inserts), at the first month its chain has the field; the baseline's against the baseline.
 */
import { applyOverrides, overrideStartMonths, scenarioOverrides } from '../overrides'
import { resolveOverridePath } from '../paths/overrideTargets'
import { walkPath } from '../paths/walk'
import type { Override, Range, WorkspaceDoc } from '../types'
import { fieldPath, itemPath, type ProblemSink } from './problemSink'
import { describeRange, isInRange } from './ranges'
import { overriddenNumber, type NumberRange } from './schemaTypes'

/** Checks every range list of a document whose every other rule passed. */
export function checkRanges(doc: WorkspaceDoc, sink: ProblemSink): void {
  checkList(doc.ranges, 'ranges', [doc], sink)
  doc.scenarios.forEach((scenario) => {
    if (!scenario.ranges) return
    const overrides = scenarioOverrides(doc, scenario.id)
    const documents = overrideStartMonths(overrides).flatMap((month) => {
      const applied = applyOverrides(doc, overrides, month)
      return applied.ok ? [applied.doc] : []
    })
    const path = fieldPath(itemPath('scenarios', scenario.id), 'ranges')
    checkList(scenario.ranges, path, documents, sink)
  })
}

function checkList(
  ranges: readonly Range[] | undefined,
  listPath: string,
  documents: readonly WorkspaceDoc[],
  sink: ProblemSink,
): void {
  ranges?.forEach((range, index) => {
    const path = itemPath(listPath, index)
    const problem = orderProblem(range)
    if (problem) sink.add(problem.field ? fieldPath(path, problem.field) : path, problem.message)
    const fields = fieldProblems(range, documents)
    for (const each of fields) sink.add(fieldPath(path, each.field), each.message)
  })
}

interface RangeProblem {
  field?: keyof Range
  message: string
}

function orderProblem(range: Range): RangeProblem | null {
  if (range.shape === 'lognormal') {
    if (!(range.low > 0)) {
      return {
        field: 'low',
        message: 'a lognormal range needs low above 0 (it is its 5th percentile)',
      }
    }
    return range.low <= range.high
      ? null
      : { message: `low (${range.low}) must not be above high (${range.high})` }
  }
  if (range.low <= range.likely && range.likely <= range.high) return null
  return {
    message: `low, likely and high must be in order (low ≤ likely ≤ high), got ${range.low}, ${range.likely}, ${range.high}`,
  }
}

/** What the path names in the first document that has it, and whether low and high suit it. */
function fieldProblems(range: Range, documents: readonly WorkspaceDoc[]): Required<RangeProblem>[] {
  let firstError: string | undefined
  for (const doc of documents) {
    const bounds = numberBounds(doc, range.path)
    if ('error' in bounds) {
      firstError ??= bounds.error
      continue
    }
    const problems: Required<RangeProblem>[] = []
    for (const field of ['low', 'high'] as const) {
      const outside = bounds.ranges.find((bound) => !isInRange(range[field], bound))
      if (outside) {
        problems.push({ field, message: `${describeRange(outside)} for ${range.path}` })
        continue
      }
      const applied = applyOverrides(doc, [setTo(range.path, range[field])], 0)
      if (!applied.ok) {
        problems.push({ field, message: applied.problems.map((p) => p.message).join('; ') })
      }
    }
    return problems
  }
  return [{ field: 'path', message: firstError ?? 'names nothing' }]
}

const setTo = (path: string, value: number): Override => ({ path, op: 'set', value })

/** The bounds of every field a path names, or why a range cannot be put on it. */
function numberBounds(
  doc: WorkspaceDoc,
  path: string,
): { ranges: NumberRange[] } | { error: string } {
  const walked = walkPath(doc, path, 'select')
  if ('error' in walked) return walked
  if (walked.length === 0) return { error: 'names nothing' }
  const resolution = resolveOverridePath(doc, path)
  if ('error' in resolution) return resolution
  for (const target of resolution.targets) {
    // A draw sets what is there: it never adds a cohort's use of a feature (a scenario does that).
    if (target.type === 'field' && target.newUsage) {
      const { featureId } = target.newUsage.entry
      return { error: `names a use of feature "${featureId}" the cohort does not have` }
    }
    if (target.keys[0] === 'selfHost') {
      return {
        error:
          'names a self-host option: options are compared, not simulated, so no result would move',
      }
    }
  }
  const ranges: NumberRange[] = []
  for (const location of walked) {
    const node = overriddenNumber(location.node)
    if (node === undefined) return { error: 'must name a number (a field, or a mix share)' }
    // Whole numbers (the horizon, a month) shape the plan rather than scale it: no draws there.
    if (node.range.integer) return { error: 'names a whole-number setting, which takes no range' }
    ranges.push(node.range)
  }
  return { ranges }
}
