/**
 * The valid range of the one field an override path names, read from the validator's schema of
 * the document (DESIGN.md §2), so goal seek never proposes a value validation would refuse.
 */
import type { WorkspaceDoc } from '../model/types'
import { walkPath } from '../model/paths/walk'
import { overriddenNumber, type NumberRange } from '../model/validation/schemaTypes'

/**
 * The range of the field `path` names in `doc`; undefined when the path names no single numeric
 * field (malformed, names nothing, or a wildcard matching several).
 */
export function overrideFieldRange(doc: WorkspaceDoc, path: string): NumberRange | undefined {
  const walked = walkPath(doc, path, 'select')
  if ('error' in walked || walked.length !== 1) return undefined
  return walked[0] && overriddenNumber(walked[0].node)?.range
}
