/**
 * What a chain of overrides does to the document at one month: the overrides that cannot apply,
 * or the problems of the document they make. A scenario's checks (scenarioEffects.ts) report them
 * all; a kept backlog item (§12), whose overrides are only checked for shape where it is stored,
 * needs the first before its dollars are believed.
 */
import { applyOverrides, overrideStartMonths } from '../overrides'
import type { Override, Problem, WorkspaceDoc } from '../types'
import { documentNode } from './docSchema'
import { ProblemSink } from './problemSink'
import { collectReferenceIds, sameIds, type ReferenceIds } from './referenceIds'
import { checkObject } from './walk'

export type MonthProblems =
  /** Overrides that could not apply, each named by its index (`overrides[3]`). */
  | { kind: 'apply'; problems: Problem[] }
  /** What is wrong with the document the overrides make (none when it is valid). */
  | { kind: 'document'; problems: Problem[] }

/** `ids`: the reference ids of `doc`, collected once by the caller. */
export function problemsAtMonth(
  doc: WorkspaceDoc,
  ids: ReferenceIds,
  overrides: readonly Override[],
  month: number,
): MonthProblems {
  const applied = applyOverrides(doc, overrides, month)
  if (!applied.ok) return { kind: 'apply', problems: applied.problems }
  const sink = new ProblemSink()
  // An insert or remove (§4a) changes which ids references may name; then nothing can be skipped
  // as identical to the baseline: an untouched usage row may name a removed feature.
  const appliedIds = collectReferenceIds(applied.doc)
  const sameStructure = sameIds(appliedIds, ids)
  checkObject(
    documentNode,
    applied.doc,
    '',
    { sink, ids: sameStructure ? ids : appliedIds },
    { except: 'scenarios', ...(sameStructure ? { twin: doc } : {}) },
  )
  return { kind: 'document', problems: sink.problems }
}

/** The first problem at any month an override starts, naming the field and the month; or null. */
export function overridesProblem(doc: WorkspaceDoc, overrides: readonly Override[]): string | null {
  const ids = collectReferenceIds(doc)
  for (const month of overrideStartMonths(overrides)) {
    const when = month > 0 ? `from month ${month}, ` : ''
    const { kind, problems } = problemsAtMonth(doc, ids, overrides, month)
    const [problem] = problems
    if (problem === undefined) continue
    return kind === 'apply'
      ? `${when}${problem.message}`
      : `${when}makes ${problem.path} invalid: ${problem.message}`
  }
  return null
}
