import { expect } from 'vitest'
import type { Problem } from '../../../shared/model/types'
import { validateDocument } from '../../../shared/model/validate'

/** The problems validation finds in `input` (none when it is valid). */
export function problemsOf(input: unknown): Problem[] {
  const result = validateDocument(input)
  return result.ok ? [] : result.problems
}

/** Asserts `input` has exactly this problem among its problems. */
export function expectProblem(input: unknown, path: string, message: string): void {
  expect(problemsOf(input)).toContainEqual({ path, message })
}

/** Asserts `input` has exactly one problem, this one. */
export function expectOnlyProblem(input: unknown, path: string, message: string): void {
  expect(problemsOf(input)).toEqual([{ path, message }])
}
