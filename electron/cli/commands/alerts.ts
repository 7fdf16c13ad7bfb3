/**
 * `margin alerts`: the margin alerts of the imported actuals (DESIGN.md §10). Exit 3 while a red
 * alert is open, so a scheduled job can notify someone; 0 otherwise.
 */
import { dailyFacts } from '../../../shared/actuals/analysis/dailyFacts'
import { evaluateAlerts, type Alert } from '../../../shared/actuals/alerts'
import { windowFlags } from '../actuals/reportCommand'
import { readWorkspaceActuals } from '../actuals/workspaceActuals'
import { parseCommandArgs, type Command } from '../commandArgs'
import { printJson } from '../printJson'
import { formatTable } from '../table'

/** A red alert is open: the exit status a scheduler acts on. */
export const exitRedAlert = 3

export const alertsCommand: Command = {
  usage: 'alerts <workspace.marginplan> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--json]',
  async run(args) {
    const { values, file } = parseCommandArgs(alertsCommand, args, {
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const window = windowFlags(values)
    // Judged over every imported day (a window needs the days before it), then the episodes that
    // were open at some point of [--from, --to] are listed.
    const actuals = await readWorkspaceActuals(file, {})
    const history =
      actuals.aggregates.length === 0
        ? []
        : evaluateAlerts({ facts: dailyFacts(actuals), doc: actuals.doc })
    const alerts = history.filter(
      (alert) =>
        (window.to === undefined || alert.openedOn <= window.to) &&
        (window.from === undefined || alert.closedOn === null || alert.closedOn > window.from),
    )
    if (values.json) printJson({ alerts: alerts.map(asJson) })
    else process.stdout.write(alertsTable(alerts))
    if (alerts.some((alert) => alert.closedOn === null && alert.severity === 'red')) {
      process.exitCode = exitRedAlert
    }
  },
}

/** §10's JSON: the subject fields present only when the alert has them. */
function asJson(alert: Alert) {
  return {
    rule: alert.rule,
    ...(alert.featureId !== undefined && { featureId: alert.featureId }),
    ...(alert.customerId !== undefined && { customerId: alert.customerId }),
    ...(alert.cohortId !== undefined && { cohortId: alert.cohortId }),
    ...(alert.modelId !== undefined && { modelId: alert.modelId }),
    severity: alert.severity,
    openedOn: alert.openedOn,
    closedOn: alert.closedOn,
    value: alert.value,
    threshold: alert.threshold,
    trend: alert.trend,
    driver: alert.driver,
  }
}

function alertsTable(alerts: readonly Alert[]): string {
  if (alerts.length === 0) return 'No alerts: every rule held over the imported days.\n'
  const number = (value: number | null) => (value === null ? '—' : value.toFixed(2))
  const rows = alerts.map((alert) => [
    alert.closedOn === null ? `OPEN ${alert.severity}` : 'closed',
    alert.rule,
    alert.featureId ?? alert.customerId ?? alert.cohortId ?? alert.modelId ?? '',
    alert.openedOn,
    alert.closedOn ?? '',
    number(alert.value),
    number(alert.threshold),
    number(alert.trend),
    alert.driver ?? '',
  ])
  return `${formatTable(
    ['state', 'rule', 'subject', 'opened', 'closed', 'value', 'threshold', 'trend', 'driver'],
    rows,
  )}\n`
}
