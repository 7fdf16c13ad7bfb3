import type { ApiErrorCode, Envelope } from '../../shared/api'
import type { Problem } from '../../shared/model/types'

/** A transport-level refusal, shaped like every other API error so callers handle one format. */
export function failure(code: ApiErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message, problems: [] } }
}

/** Problems as people read them everywhere (CLI, dialogs, logs): `<path>: <message>`. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.path}: ${problem.message}`)
}
