import type { ApiErrorCode } from '../../shared/api'
import type { Problem } from '../../shared/model/types'

/**
 * An expected failure with a message fit to show a person (a missing file, a newer schema, an
 * invalid document). The service turns it into an `ApiError`; anything else is a bug.
 */
export class WorkspaceError extends Error {
  readonly code: ApiErrorCode
  readonly problems: Problem[]

  constructor(code: ApiErrorCode, message: string, problems: Problem[] = []) {
    super(message)
    this.name = 'WorkspaceError'
    this.code = code
    this.problems = problems
  }
}
