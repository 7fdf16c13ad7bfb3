/**
 * Whether a chain of overrides leaves a valid document at every month one of them starts: what a
 * kept backlog item must pass before its dollars are believed (its overrides are only checked for
 * shape where it is stored, §12), as a scenario's chain must.
 */
import { applyOverrides, overrideStartMonths } from '../overrides'
import type { Override, WorkspaceDoc } from '../types'
import { documentNode } from './docSchema'
import { ProblemSink } from './problemSink'
import { collectReferenceIds, sameIds } from './referenceIds'
import { checkObject } from './walk'

/** The first problem, in words naming the field and the month; null when every month is valid. */
export function overridesProblem(doc: WorkspaceDoc, overrides: readonly Override[]): string | null {
  const ids = collectReferenceIds(doc)
  for (const month of overrideStartMonths(overrides)) {
    const when = month > 0 ? `from month ${month}, ` : ''
    const applied = applyOverrides(doc, overrides, month)
    if (!applied.ok) return `${when}${applied.problems[0]!.message}`
    const sink = new ProblemSink()
    const appliedIds = collectReferenceIds(applied.doc)
    // Objects the overrides left alone are the baseline's, already valid: skipped when the ids
    // are the same (an insert or remove changes what references may name).
    const twin = sameIds(appliedIds, ids) ? { twin: doc } : {}
    checkObject(
      documentNode,
      applied.doc,
      '',
      { sink, ids: appliedIds },
      { except: 'scenarios', ...twin },
    )
    const [problem] = sink.problems
    if (problem) return `${when}makes ${problem.path} invalid: ${problem.message}`
  }
  return null
}
