import { expect } from 'vitest'
import type { Edit } from '../../../shared/model/editTypes'
import type { Problem, WorkspaceDoc } from '../../../shared/model/types'
import { applyEdits } from '../../../shared/model/edits'

/** Applies a batch that must succeed, and checks its inverse gives back the original exactly. */
export function applyOk(doc: WorkspaceDoc, edits: Edit[]): { doc: WorkspaceDoc; inverse: Edit[] } {
  const original = structuredClone(doc)
  const result = applyEdits(doc, edits)
  if (!result.ok) throw new Error(`edits failed: ${JSON.stringify(result.problems)}`)
  const undone = applyEdits(result.doc, result.inverse)
  if (!undone.ok) throw new Error(`inverse failed: ${JSON.stringify(undone.problems)}`)
  expect(undone.doc).toStrictEqual(original)
  expect(doc).toStrictEqual(original)
  return { doc: result.doc, inverse: result.inverse }
}

/** Applies a batch that must fail, returning its problems. */
export function applyFails(doc: WorkspaceDoc, edits: Edit[]): Problem[] {
  const result = applyEdits(doc, edits)
  if (result.ok) throw new Error('expected the edits to fail')
  return result.problems
}
