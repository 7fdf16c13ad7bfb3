/**
 * Validation of a workspace document (DESIGN.md §2), run on import, in the API and in the CLI,
 * and by the service after every edit. Every problem is collected, in document order, each naming
 * its path (`features[support].steps[loop].mix`). A valid input is returned as it came: no
 * defaults are filled in, so an export round-trips without loss.
 */
import type { Problem, WorkspaceDoc } from './types'
import { documentNode, scenariosField } from './validation/docSchema'
import { ProblemSink } from './validation/problemSink'
import { collectReferenceIds, sameIds } from './validation/referenceIds'
import { checkField, checkObject, type WalkContext } from './validation/walk'
import { checkScenarios } from './validation/scenarioChecks'
import { checkRanges } from './validation/rangeChecks'
import { isRecord } from './validation/access'

export type ValidationResult = { ok: true; doc: WorkspaceDoc } | { ok: false; problems: Problem[] }

/**
 * `derivedFrom`: a valid document `input` was made from by copy-on-write edits. Every object the
 * edits did not touch is the same object in both, and every rule is local to its container, so
 * those need no second walk: an edit on a 2,000-feature workspace checks what it changed. Only
 * when both hold the same ids, since references are checked against them.
 */
export function validateDocument(
  input: unknown,
  { derivedFrom }: { derivedFrom?: WorkspaceDoc } = {},
): ValidationResult {
  const sink = new ProblemSink()
  const ids = collectReferenceIds(input)
  const ctx: WalkContext = { sink, ids }
  const twin =
    derivedFrom && sameIds(ids, collectReferenceIds(derivedFrom)) ? derivedFrom : undefined
  // The rest of the document first: whether it is sound decides how far scenarios can be checked.
  checkObject(documentNode, input, '', ctx, { except: 'scenarios', twin })
  const baseline = { shapeClean: sink.shapeProblems === 0, clean: sink.problems.length === 0 }
  if (isRecord(input)) {
    checkField(scenariosField, input.scenarios, 'scenarios', ctx)
    checkScenarios(input, ctx, baseline)
    // Ranges are read against what the scenarios make of the document: only once all else holds.
    if (sink.problems.length === 0) checkRanges(input as unknown as WorkspaceDoc, sink)
  }
  return sink.problems.length === 0
    ? { ok: true, doc: input as WorkspaceDoc }
    : { ok: false, problems: sink.problems }
}
