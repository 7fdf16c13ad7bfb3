/**
 * Validation of a workspace document (DESIGN.md §2), run on import, in the API and in the CLI,
 * and by the service after every edit. Every problem is collected, in document order, each naming
 * its path (`features[support].steps[loop].mix`). A valid input is returned as it came: no
 * defaults are filled in, so an export round-trips without loss.
 */
import type { Problem, WorkspaceDoc } from './types'
import { documentNode, scenariosField } from './validation/docSchema'
import { ProblemSink } from './validation/problemSink'
import { collectReferenceIds } from './validation/referenceIds'
import { checkField, checkObject, type WalkContext } from './validation/walk'
import { checkScenarios } from './validation/scenarioChecks'
import { isRecord } from './validation/access'

export type ValidationResult = { ok: true; doc: WorkspaceDoc } | { ok: false; problems: Problem[] }

export function validateDocument(input: unknown): ValidationResult {
  const sink = new ProblemSink()
  const ctx: WalkContext = { sink, ids: collectReferenceIds(input) }
  // The rest of the document first: whether it is sound decides how far scenarios can be checked.
  checkObject(documentNode, input, '', ctx, { except: 'scenarios' })
  const baseline = { shapeClean: sink.shapeProblems === 0, clean: sink.problems.length === 0 }
  if (isRecord(input)) {
    checkField(scenariosField, input.scenarios, 'scenarios', ctx)
    checkScenarios(input, ctx, baseline)
  }
  return sink.problems.length === 0
    ? { ok: true, doc: input as WorkspaceDoc }
    : { ok: false, problems: sink.problems }
}
