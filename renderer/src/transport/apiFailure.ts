import type { ApiError, ApiErrorCode } from '../../../shared/api'
import type { Problem } from '../../../shared/model/types'
import { describeProblems } from '../problems'

/** A service answer of `{ ok: false }`, thrown so callers handle failure in one `catch`. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode
  readonly problems: Problem[]

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiFailure'
    this.code = error.code
    this.problems = error.problems
  }

  /**
   * The message, or the problems behind it, each naming its field. A message that already says
   * what its problems say ("x.marginplan is not a workspace…" about `path`) is shown as it is.
   */
  describe(): string {
    const saidInMessage = this.problems.every((problem) => this.message.includes(problem.message))
    return saidInMessage ? this.message : describeProblems(this.problems)
  }
}

/** Any failure as a person reads it: the service's (naming fields), or an error's message. */
export function describeError(error: unknown): string {
  if (error instanceof ApiFailure) return error.describe()
  return error instanceof Error ? error.message : String(error)
}

/** Failures of the transport itself (host gone, unreadable answer) in the service's own shape. */
export function transportError(message: string): ApiError {
  return { code: 'io', message, problems: [] }
}
