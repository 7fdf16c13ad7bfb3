import type { ReactNode } from 'react'
import type { LeverEvaluation } from '../../../../../shared/backlog'
import type { JobAnswer } from '../jobs/useJobAnswer'

interface LeversBodyProps {
  answer: JobAnswer<LeverEvaluation[]>
  table: ReactNode
}

/**
 * The levers as far as they are known: a note while the first evaluation runs or when none can be
 * made, else the table, dimmed while an edit's evaluation is on its way.
 */
export function LeversBody({ answer, table }: LeversBodyProps) {
  if (answer.status === 'computing') {
    return (
      <p className="opportunities-note" data-testid="levers-state" data-state="computing">
        Finding and evaluating levers…
      </p>
    )
  }
  if (answer.status === 'failed') {
    return (
      <p className="opportunities-note edit-error" data-testid="levers-state" data-state="failed">
        The levers cannot be evaluated: {answer.message}
      </p>
    )
  }
  const state = answer.current ? 'ready' : 'updating'
  if (answer.value.length === 0) {
    return (
      <p className="opportunities-note" data-testid="levers-state" data-state={state}>
        Nothing to propose yet: levers come from the features’ model steps, response caches, prices,
        heavy cohorts and self-host options.
      </p>
    )
  }
  return (
    <div
      className={answer.current ? 'lever-scroll' : 'lever-scroll lever-scroll-updating'}
      data-testid="levers-state"
      data-state={state}
      aria-busy={!answer.current}
    >
      {table}
    </div>
  )
}
