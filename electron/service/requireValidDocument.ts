import { validateDocument } from '../../shared/model/validate'
import type { WorkspaceDoc } from '../../shared/model/types'
import { WorkspaceError } from '../db/workspaceError'

/**
 * The document, checked against every rule of DESIGN.md §2, or an 'invalid-document' error that
 * says `failure` and lists each problem. `derivedFrom`: the valid document `input` was edited from,
 * so only what the edits touched is walked again.
 */
export function requireValidDocument(
  input: unknown,
  failure: string,
  derivedFrom?: WorkspaceDoc,
): WorkspaceDoc {
  const result = validateDocument(input, { derivedFrom })
  if (result.ok) return result.doc
  const count = result.problems.length
  throw new WorkspaceError(
    'invalid-document',
    `${failure} (${count} problem${count === 1 ? '' : 's'})`,
    result.problems,
  )
}
