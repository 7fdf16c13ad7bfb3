import type { GoalSeekResult } from '../../../../shared/engine/goalSeek'
import type { GoalMetric } from '../../../../shared/engine/goalMetric'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { formatInputValue } from './goalSeekInputs'

function formatMetric(metric: GoalMetric, value: number | null): string {
  return metric.kind === 'grossMarginPct' ? formatPct(value) : formatMoney(value)
}

interface GoalSeekAnswerProps {
  answer: GoalSeekResult
  metric: GoalMetric
  inputPath: string
  label: string
}

/** The value found and what it gives, or why there is none and the closest value. */
export function GoalSeekAnswer({ answer, metric, inputPath, label }: GoalSeekAnswerProps) {
  return (
    <div
      className={answer.ok ? 'goal-answer' : 'goal-answer goal-answer-miss'}
      data-testid="goal-seek-answer"
    >
      {answer.ok ? (
        <>
          <strong>
            {label}: {formatInputValue(inputPath, answer.inputValue)}
          </strong>{' '}
          (now {formatInputValue(inputPath, answer.baseInputValue)}) gives{' '}
          {formatMetric(metric, answer.achieved)}.
        </>
      ) : (
        <>
          <strong>No answer:</strong> {answer.reason}
          {answer.closestInputValue !== null && (
            <>
              {' '}
              Closest: {formatInputValue(inputPath, answer.closestInputValue)} gives{' '}
              {formatMetric(metric, answer.closestAchieved)}.
            </>
          )}
        </>
      )}
    </div>
  )
}
