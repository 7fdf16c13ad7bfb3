import type { WeeklyReview } from '../../../../../shared/actuals/weeklyReview'
import { formatDay, formatMonth } from '../../../../../shared/report/labels'

/** Plan vs actual for the month in the plan's own sentences, the portfolio first. */
export function ReviewPlan({ plan }: { plan: NonNullable<WeeklyReview['plan']> }) {
  return (
    <div data-testid="review-plan">
      <p className="review-note">
        {formatMonth(plan.month)}, from the actuals to {formatDay(plan.asOf)}, projected to the
        month’s end at the trailing 7-day rate.
      </p>
      <ul className="review-plan">
        {plan.rows.map((row) => (
          <li
            key={row.featureId ?? ''}
            className={row.featureId === null ? 'review-plan__total' : undefined}
            data-testid="review-plan-row"
          >
            <span className="review-plan__name">{row.name}</span> {row.summary}
          </li>
        ))}
      </ul>
    </div>
  )
}
