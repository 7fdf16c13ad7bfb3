import type { WorkspaceDoc } from '../../../shared/model/types'
import {
  compareScenarios,
  type ScenarioColumn,
  type ScenarioComparison,
} from '../../../shared/engine/compare'
import { parseCommandArgs, type Command } from '../commandArgs'
import { monthFlag, requireScenario } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'
import { formatMoney, formatPct, formatTable } from '../table'

export const compareCommand: Command = {
  usage: 'compare <file> [--scenarios <id,id,…>] [--month <t>] [--table]',
  async run(args) {
    const { values, file } = parseCommandArgs(compareCommand, args, {
      scenarios: { type: 'string' },
      month: { type: 'string' },
      table: { type: 'boolean', default: false },
    })
    const doc = await loadDocument(file)
    const ids =
      values.scenarios === undefined
        ? doc.scenarios.map((scenario) => scenario.id)
        : values.scenarios
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== '')
            .map((id) => requireScenario(doc, 'scenarios', id))
    // The baseline always leads, so every scenario reads against it.
    const comparison = compareScenarios(doc, [null, ...ids], monthFlag(doc, values.month))
    if (values.table) process.stdout.write(`${comparisonTable(doc, comparison)}\n`)
    else printJson(comparison)
  },
}

function comparisonTable(doc: WorkspaceDoc, { columns }: ScenarioComparison): string {
  const row = (label: string, cell: (result: ScenarioColumn['result']) => string) => [
    label,
    ...columns.map((column) => cell(column.result)),
  ]
  const featureRows = doc.features.map((feature) =>
    row(`${feature.name} margin`, (result) =>
      formatPct(result.features.find((each) => each.id === feature.id)?.grossMarginPct ?? null),
    ),
  )
  return formatTable(
    ['', ...columns.map((column) => column.name)],
    [
      row('Revenue', (result) => formatMoney(result.portfolio.revenue)),
      row('COGS', (result) => formatMoney(result.portfolio.cogs)),
      row('Gross profit', (result) => formatMoney(result.portfolio.grossProfit)),
      row('Gross margin', (result) => formatPct(result.portfolio.grossMarginPct)),
      row('Zone', (result) => result.portfolio.zone),
      ...featureRows,
    ],
  )
}
