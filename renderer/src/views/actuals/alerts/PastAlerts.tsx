import type { WordedAlert } from '../../../../../shared/actuals/alertWords'
import { AlertTable } from './AlertTable'

/** Closed alerts, newest first, folded away: the history is there when asked for. */
export function PastAlerts({ alerts }: { alerts: readonly WordedAlert[] }) {
  return (
    <details className="panel-card past-alerts" data-testid="alerts-past">
      <summary className="past-alerts__summary">
        Past alerts ({alerts.length}){' '}
        <span className="past-alerts__hint">opened and closed again within the imported days</span>
      </summary>
      {alerts.length === 0 ? (
        <p className="alerts-none">No alert has closed yet.</p>
      ) : (
        <AlertTable alerts={alerts} closed testId="alerts-past-table" />
      )}
    </details>
  )
}
