import { describeProblemPath } from '../../shared/model/paths/words'
import type { Problem, WorkspaceDoc } from '../../shared/model/types'

/**
 * Problems as one line for a message: the first few, each naming its field, in words when the
 * document they concern is known ("Simple resolution · Agent loop · mix: shares sum to 90").
 */
export function describeProblems(
  problems: Problem[],
  limit = 3,
  doc: WorkspaceDoc | null = null,
): string {
  const where = (path: string) => (doc === null ? path : describeProblemPath(doc, path))
  const shown = problems
    .slice(0, limit)
    .map((problem) => `${where(problem.path)}: ${problem.message}`)
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : ''
  return `${shown.join('; ')}${more}`
}
