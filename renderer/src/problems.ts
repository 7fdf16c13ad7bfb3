import type { Problem } from '../../shared/model/types'

/** Problems as one line for a message: the first few, each naming its field. */
export function describeProblems(problems: Problem[], limit = 3): string {
  const shown = problems.slice(0, limit).map((problem) => `${problem.path}: ${problem.message}`)
  const more = problems.length > limit ? ` (and ${problems.length - limit} more)` : ''
  return `${shown.join('; ')}${more}`
}
