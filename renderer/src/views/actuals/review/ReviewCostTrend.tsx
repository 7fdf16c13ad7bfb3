import type { WeeklyReview } from '../../../../../shared/actuals/weeklyReview'
import { formatMoney, formatPct } from '../../../../../shared/report/format'
import { formatDay } from '../../../../../shared/report/labels'
import { CostSparkline } from './CostSparkline'

/** A rise in cost is the bad news a review looks for: said in words and colour, signed. */
function Change({ pct }: { pct: number | null }) {
  if (pct === null) return <>—</>
  const tone = Math.round(pct) === 0 ? 'same' : pct > 0 ? 'worse' : 'better'
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : ''
  return (
    <span
      className={`review-change review-change--${tone}`}
    >{`${sign}${formatPct(Math.abs(pct), 0)}`}</span>
  )
}

/** Each feature's cost in the four weeks to the review's week, and the change on the week before. */
export function ReviewCostTrend({ review }: { review: WeeklyReview }) {
  return (
    <table className="data-table review-trend" data-testid="review-cost-trend">
      <thead>
        <tr>
          <th scope="col">Feature</th>
          {review.trendWeeks.map((week) => (
            <th key={week} scope="col" className="num">
              Week of {formatDay(week)}
            </th>
          ))}
          <th scope="col" className="num">
            Change on the week before
          </th>
          <th scope="col">Trend</th>
        </tr>
      </thead>
      <tbody>
        {review.costTrend.map((row) => (
          <tr key={row.featureId} data-testid="review-trend-row" data-feature-id={row.featureId}>
            <th scope="row">{row.name}</th>
            {row.costs.map((cost, index) => (
              <td key={review.trendWeeks[index]} className="num">
                {cost === null ? <span title="Before the data starts">—</span> : formatMoney(cost)}
              </td>
            ))}
            <td className="num">
              <Change pct={row.changePct} />
            </td>
            <td>
              <CostSparkline costs={row.costs} label={`${row.name}: cost per week`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
