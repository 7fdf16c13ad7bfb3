import { useId, useMemo, useState } from 'react'
import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import { daysInMonth } from '../../../../../shared/actuals/days'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatDay, formatMonth } from '../../../../../shared/report/labels'
import { ChartCard } from '../../../charts/ChartCard'
import { useWorkspace } from '../../../store/workspaceStore'
import { ActualsPageFrame } from '../dashboard/ActualsPageFrame'
import { PlanCostChart } from './PlanCostChart'
import { planRowsOf, PORTFOLIO } from './planRows'
import { PlanTable } from './PlanTable'
import './plan.css'

/**
 * The as-of day within the month ("day 29 of 30") or the month complete, and from which day the
 * data covers it when not from the 1st (the rest is projected).
 */
function asOfText(month: string, asOf: string, coveredFrom: string | undefined): string {
  const days = daysInMonth(month)
  const from =
    coveredFrom !== undefined && Number(coveredFrom.slice(8)) > 1
      ? `, data from ${formatDay(coveredFrom)}`
      : ''
  if (asOf.slice(0, 7) > month) return `complete (${days} days)${from}`
  return `as of ${formatDay(asOf)}, day ${Number(asOf.slice(8))} of ${days}${from}`
}

function PlanBody({ overview, doc }: { overview: ActualsOverview; doc: WorkspaceDoc }) {
  const plan = overview.planVsActual
  const months = useMemo(() => plan.portfolio.map((entry) => entry.month), [plan.portfolio])
  const [pickedMonth, pickMonth] = useState<string | null>(null)
  const month = pickedMonth !== null && months.includes(pickedMonth) ? pickedMonth : months.at(-1)
  const rows = useMemo(
    () => (month === undefined ? [] : planRowsOf(plan, month, doc.features)),
    [plan, month, doc.features],
  )
  const [picked, pick] = useState(PORTFOLIO)
  const selected = rows.find((row) => row.id === picked) ?? rows[0]
  const monthName = useId()
  if (plan.asOf === null || month === undefined || selected === undefined) {
    return <p className="chart-note">No usage in this window to compare with the plan.</p>
  }
  return (
    <>
      <div className="actuals-section-bar">
        <h3 className="actuals-section-title">
          {formatMonth(month)}{' '}
          <span className="plan-as-of" data-testid="plan-as-of">
            {asOfText(
              month,
              plan.asOf,
              plan.portfolio.find((entry) => entry.month === month)?.coveredFrom,
            )}
          </span>
        </h3>
        {months.length > 1 && (
          <div className="segmented" role="radiogroup" aria-label="Month">
            {months.map((entry) => (
              <label key={entry} className="segmented__option">
                <input
                  type="radio"
                  name={monthName}
                  checked={entry === month}
                  onChange={() => pickMonth(entry)}
                  data-testid={`plan-month-${entry}`}
                />
                {formatMonth(entry)}
              </label>
            ))}
          </div>
        )}
      </div>
      <p className="plan-summary" data-testid="plan-summary">
        <b>{selected.name}:</b> {selected.comparison.summary}
      </p>
      <PlanTable rows={rows} selected={selected.id} onSelect={pick} />
      <ChartCard
        title={`${selected.name}: cost this month against the plan`}
        caption="Cost to date, then projected at the last 7 days' rate (dashed) to the month's end, against the plan's cost for the month. Pick a row above to chart it."
        testId="card-plan-cost"
      >
        <PlanCostChart
          rows={overview.series.dailyMargin}
          featureId={selected.id === PORTFOLIO ? null : selected.id}
          comparison={selected.comparison}
          asOf={plan.asOf}
          name={selected.name}
        />
      </ChartCard>
    </>
  )
}

/** Each month of the window against the active scenario's plan, projected to the month's end. */
export function PlanPage() {
  const doc = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  if (doc === null) return null
  const scenario = doc.scenarios.find((entry) => entry.id === scenarioId)
  return (
    <ActualsPageFrame
      title="Plan vs actual"
      testId="actuals-plan"
      context={
        <span data-testid="plan-scenario">
          Against the plan of <b>{scenario?.name ?? 'the baseline'}</b>
        </span>
      }
    >
      {(overview) => <PlanBody overview={overview} doc={doc} />}
    </ActualsPageFrame>
  )
}
