/** `margin actuals report`: each feature's actual usage, cost, revenue and margin over a window. */
import { actualsReport, type ActualsReport } from '../../../shared/actuals/analysis/report'
import { usageError } from '../cliError'
import { parseCommandArgs, type Command } from '../commandArgs'
import { dateFlag } from '../flags'
import { printJson } from '../printJson'
import { formatMoney, formatPct, formatTable } from '../table'
import { readWorkspaceActuals } from './workspaceActuals'

export const actualsReportUsage =
  'actuals report <workspace.marginplan> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--json]'

const command: Command = { usage: actualsReportUsage, run: () => undefined }

/** The window flags, checked: a real date each, from before to. */
export function windowFlags(values: { from?: string; to?: string }): {
  from?: string
  to?: string
} {
  const from = values.from === undefined ? undefined : dateFlag('from', values.from)
  const to = values.to === undefined ? undefined : dateFlag('to', values.to)
  if (from !== undefined && to !== undefined && from > to) {
    throw usageError(actualsReportUsage, `--from ${from} is after --to ${to}`)
  }
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) }
}

export async function runActualsReport(args: string[]): Promise<void> {
  const { values, file } = parseCommandArgs(command, args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean', default: false },
  })
  const window = windowFlags(values)
  const actuals = await readWorkspaceActuals(file, window)
  if (actuals.aggregates.length === 0 && actuals.unmatched.length === 0) {
    if (values.json)
      printJson({
        from: window.from ?? null,
        to: window.to ?? null,
        features: [],
        unmatched: { rows: 0, cost: 0 },
      })
    else
      process.stdout.write(`${file} holds no actuals in this window: import a usage log first.\n`)
    return
  }
  const report = actualsReport({ ...actuals, ...window })
  if (values.json) printJson(report)
  else process.stdout.write(reportTable(report))
}

function reportTable(report: ActualsReport): string {
  const estimated = report.features.some((feature) => feature.revenueEstimated)
  const rows = report.features.map((feature) => [
    feature.id,
    feature.units.toLocaleString('en-US'),
    feature.calls.toLocaleString('en-US'),
    formatMoney(feature.cost),
    feature.expectedCost === null ? '—' : formatMoney(feature.expectedCost),
    feature.revenue === null
      ? '—'
      : `${formatMoney(feature.revenue)}${feature.revenueEstimated ? '*' : ''}`,
    formatPct(feature.grossMarginPct),
  ])
  return [
    `Actuals ${report.from} to ${report.to}`,
    formatTable(['feature', 'units', 'calls', 'cost $', 'expected $', 'revenue $', 'margin'], rows),
    ...(estimated ? ['* estimated: actual units × the plan’s revenue per unit'] : []),
    `Unmatched: ${report.unmatched.rows.toLocaleString('en-US')} rows, $${formatMoney(report.unmatched.cost)} reported`,
    '',
  ].join('\n')
}
