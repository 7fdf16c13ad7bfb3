import type { WordedAlert } from '../../../../../shared/actuals/alertWords'
import { formatDay } from '../../../../../shared/report/labels'
import { SeverityChip } from './SeverityChip'
import { alertSubjectId, alertTarget } from './showAlert'

interface AlertTableProps {
  alerts: readonly WordedAlert[]
  /** Past alerts add the day each closed. */
  closed?: boolean
  /** The review prints without the links to other views. */
  links?: boolean
  testId: string
}

function ShowLink({ alert }: { alert: WordedAlert }) {
  const target = alertTarget(alert.alert)
  if (target === null) return null
  return (
    <button
      type="button"
      className="alert-table__show"
      onClick={target.go}
      aria-label={`Show ${alert.subject} in ${target.viewName}`}
      data-testid="alert-show"
    >
      Show
    </button>
  )
}

/** Alerts as rows a person reads across: what fired, on what, since when, how far and why. */
export function AlertTable({ alerts, closed = false, links = true, testId }: AlertTableProps) {
  return (
    <div className="alert-table-scroll">
      <table className="data-table alert-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" className="alert-table__severity">
              Severity
            </th>
            <th scope="col" className="alert-table__what">
              Alert
            </th>
            <th scope="col" className="alert-table__subject">
              Subject
            </th>
            <th scope="col" className="alert-table__day">
              Opened
            </th>
            {closed && (
              <th scope="col" className="alert-table__day">
                Closed
              </th>
            )}
            <th scope="col" className="num alert-table__figure">
              Value
            </th>
            <th scope="col" className="num alert-table__figure">
              One window earlier
            </th>
            {links && (
              <th scope="col" className="alert-table__link" aria-label="Open in its view" />
            )}
          </tr>
        </thead>
        <tbody>
          {alerts.map((worded) => {
            const { alert } = worded
            return (
              <tr
                key={`${alert.rule}:${alertSubjectId(alert)}:${alert.openedOn}`}
                data-testid="alert-row"
                data-rule={alert.rule}
                data-subject-id={alertSubjectId(alert)}
                data-opened-on={alert.openedOn}
                data-severity={alert.severity}
              >
                <td>
                  <SeverityChip severity={alert.severity} />
                </td>
                <td>
                  {worded.title}
                  {worded.driver !== null && (
                    <span className="alert-table__driver">Mostly {worded.driver}</span>
                  )}
                </td>
                <th scope="row" className="alert-table__name">
                  {worded.subject}
                </th>
                <td>{formatDay(alert.openedOn)}</td>
                {closed && <td>{alert.closedOn === null ? '—' : formatDay(alert.closedOn)}</td>}
                <td className="num">
                  <span className="alert-table__value">{worded.value}</span>
                  <span className="alert-table__threshold">{worded.threshold}</span>
                </td>
                <td className="num">{worded.trend}</td>
                {links && (
                  <td>
                    <ShowLink alert={worded} />
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
