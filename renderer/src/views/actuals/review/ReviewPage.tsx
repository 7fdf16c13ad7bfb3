import {
  weeklyReviewCsv,
  weeklyReviewFileName,
  type WeeklyReview,
} from '../../../../../shared/actuals/weeklyReview'
import { formatDay } from '../../../../../shared/report/labels'
import { scenarioName } from '../../../../../shared/report/scenarioNames'
import { ChartCard } from '../../../charts/ChartCard'
import { useWorkspace } from '../../../store/workspaceStore'
import { downloadBlob } from '../../../transport/download'
import { useActualsOverview } from '../actualsData'
import { AlertTable } from '../alerts/AlertTable'
import { ActualsEmpty } from '../dashboard/ActualsEmpty'
import { revenueSourceText } from '../../../../../shared/actuals/revenueSource'
import { ReviewCostTrend } from './ReviewCostTrend'
import { ReviewPlan } from './ReviewPlan'
import { ReviewZones } from './ReviewZones'
import { useWeeklyReview } from './useWeeklyReview'
import '../alerts/alerts.css'
import './review.css'

function downloadCsv(review: WeeklyReview): void {
  downloadBlob(
    weeklyReviewFileName(review),
    new Blob([weeklyReviewCsv(review)], { type: 'text/csv;charset=utf-8' }),
  )
}

function ReviewBody({ review, planName }: { review: WeeklyReview; planName: string }) {
  return (
    <div className="weekly-review" data-testid="weekly-review" data-week-start={review.weekStart}>
      <header className="review-head">
        <div>
          <h2 className="review-head__title">
            Weekly review · week of {formatDay(review.weekStart)}
          </h2>
          <p className="review-head__context">
            Monday {formatDay(review.weekStart)} to Sunday {formatDay(review.weekEnd)}, the last
            full week of data · plan: {planName} · {revenueSourceText(review.revenueSource)}
          </p>
        </div>
        <div className="review-head__actions">
          <button type="button" onClick={() => window.print()} data-testid="review-print">
            Print
          </button>
          <button
            type="button"
            className="button-primary"
            onClick={() => downloadCsv(review)}
            title={`Save ${weeklyReviewFileName(review)}`}
            data-testid="review-csv"
          >
            Download CSV
          </button>
        </div>
      </header>
      <ChartCard
        title={`Open alerts (${review.openAlerts.length})`}
        caption={`Alerts still open at the end of ${formatDay(review.weekEnd)}, red first.`}
        testId="review-alerts"
      >
        {review.openAlerts.length === 0 ? (
          <p className="alerts-none">No alert was open at the end of the week.</p>
        ) : (
          <AlertTable alerts={review.openAlerts} links={false} testId="review-alerts-table" />
        )}
      </ChartCard>
      <ChartCard
        title="Features by zone"
        caption="Each feature’s gross margin over the week (7 days) against its floor and yellow band."
        testId="review-zones-card"
      >
        <ReviewZones rows={review.zones} />
      </ChartCard>
      <ChartCard
        title="Cost trend"
        caption="Each feature’s cost per week over the last 4 weeks, and the review week against the week before."
        testId="review-trend-card"
      >
        <ReviewCostTrend review={review} />
      </ChartCard>
      <ChartCard
        title="Plan vs actual"
        caption="The month the week ends in, against the plan."
        testId="review-plan-card"
      >
        {review.plan === null ? (
          <p className="alerts-none">The plan has no month for these days.</p>
        ) : (
          <ReviewPlan plan={review.plan} />
        )}
      </ChartCard>
    </div>
  )
}

/** The playbook's weekly status on one printable page, and as a CSV for the review's notes. */
export function ReviewPage() {
  const data = useActualsOverview()
  const state = useWeeklyReview(data)
  const doc = useWorkspace((s) => s.doc)
  const activeId = useWorkspace((s) => s.activeScenarioId)
  if (data.status === 'empty') return <ActualsEmpty />
  if (data.status === 'error' || state.status === 'error')
    return (
      <p className="hint-warning" role="alert">
        {data.status === 'error' ? data.message : state.status === 'error' ? state.message : ''}
      </p>
    )
  if (state.status === 'loading' || doc === null)
    return <p className="loading">Preparing this week’s review…</p>
  if (state.status === 'none')
    return (
      <p className="review-none" data-testid="review-none">
        No full week of data yet: the review covers a Monday to Sunday, and the imported days end
        before one does.
      </p>
    )
  return <ReviewBody review={state.review} planName={scenarioName(doc, activeId)} />
}
