import { useMemo } from 'react'
import {
  ALERT_RULE_IDS,
  effectiveRules,
  type AlertRuleId,
} from '../../../../../shared/actuals/alerts'
import { alertRuleTitle, byUrgency, wordAlert } from '../../../../../shared/actuals/alertWords'
import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatDay } from '../../../../../shared/report/labels'
import { ChartCard } from '../../../charts/ChartCard'
import { useWorkspace } from '../../../store/workspaceStore'
import { useActualsOverview } from '../actualsData'
import { ActualsEmpty } from '../dashboard/ActualsEmpty'
import { revenueSourceText } from '../../../../../shared/actuals/revenueSource'
import { AlertsPerWeekChart } from './AlertsPerWeekChart'
import { AlertTable } from './AlertTable'
import { PastAlerts } from './PastAlerts'
import { RulesEditor } from './RulesEditor'
import './alerts.css'

function AlertsBody({ overview, doc }: { overview: ActualsOverview; doc: WorkspaceDoc }) {
  const rules = useMemo(() => effectiveRules(doc), [doc])
  const ruleTitles = useMemo(
    () =>
      Object.fromEntries(ALERT_RULE_IDS.map((id) => [id, alertRuleTitle(rules[id])])) as Record<
        AlertRuleId,
        string
      >,
    [rules],
  )
  const worded = useMemo(
    () => [...overview.alerts].sort(byUrgency).map((alert) => wordAlert(alert, doc, rules)),
    [overview.alerts, doc, rules],
  )
  const open = worded.filter(({ alert }) => alert.closedOn === null)
  const past = worded
    .filter(({ alert }) => alert.closedOn !== null)
    .sort((a, b) => (a.alert.openedOn < b.alert.openedOn ? 1 : -1))
  return (
    <>
      <ChartCard
        title={`Open alerts (${open.length})`}
        caption="Still holding on the last day of data: red needs action now, yellow warns. Values are on the day each alert opened."
        testId="alerts-open"
        wide
      >
        {open.length === 0 ? (
          <p className="alerts-none" data-testid="alerts-open-none">
            No alert is open: every rule that is on holds on the last day of data.
          </p>
        ) : (
          <AlertTable alerts={open} testId="alerts-open-table" />
        )}
      </ChartCard>
      <ChartCard
        title="Alerts per week"
        caption="Alerts opened each week over all imported days, stacked by rule. A rule firing more than 3 times a week wants retuning."
        testId="alerts-per-week"
      >
        <AlertsPerWeekChart counts={overview.alertsPerWeek} ruleTitles={ruleTitles} />
      </ChartCard>
      <ChartCard
        title="Rules"
        caption="Saved in the workspace and undoable. Margin rules compare with each feature's floor and yellow band."
        testId="alert-rules"
      >
        <RulesEditor doc={doc} />
      </ChartCard>
      <PastAlerts alerts={past} />
    </>
  )
}

/** The Alerts tab (DESIGN.md §10): open alerts first, how often each rule fires, and the rules. */
export function AlertsPage() {
  const data = useActualsOverview()
  const doc = useWorkspace((state) => state.doc)
  if (doc === null || data.status === 'loading')
    return <p className="loading">Reading the alerts…</p>
  if (data.status === 'error')
    return (
      <p className="hint-warning" role="alert">
        {data.message}
      </p>
    )
  if (data.status === 'empty') return <ActualsEmpty />
  const { overview, span } = data
  return (
    <div className="alerts-page" data-testid="actuals-alerts">
      <header className="alerts-head">
        <h2 className="alerts-head__title">Alerts</h2>
        <p className="alerts-head__context">
          Every rule over all imported days, {formatDay(span.from)} – {formatDay(span.to)} ·{' '}
          {revenueSourceText(overview.revenueSource)}
        </p>
      </header>
      <AlertsBody overview={overview} doc={doc} />
    </div>
  )
}
