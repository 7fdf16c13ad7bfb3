import { sensitivity, type SensitivityResult } from '../../../shared/engine/sensitivity'
import { parseCommandArgs, type Command } from '../commandArgs'
import { CliError } from '../cliError'
import { monthFlag, numberFlag, scenarioFlag } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'
import { formatPct, formatTable } from '../table'

export const sensitivityCommand: Command = {
  usage: 'sensitivity <file> [--scenario <id>] [--swing <pct>] [--month <t>] [--table]',
  async run(args) {
    const { values, file } = parseCommandArgs(sensitivityCommand, args, {
      scenario: { type: 'string' },
      swing: { type: 'string' },
      month: { type: 'string' },
      table: { type: 'boolean', default: false },
    })
    const swingPct = values.swing === undefined ? undefined : numberFlag('swing', values.swing)
    if (swingPct !== undefined && !(swingPct > 0 && swingPct < 100)) {
      throw new CliError([`--swing: ${swingPct} must be a percentage above 0 and below 100`])
    }
    const doc = await loadDocument(file)
    const result = sensitivity(doc, {
      scenarioId: scenarioFlag(doc, values.scenario),
      swingPct,
      month: monthFlag(doc, values.month),
    })
    if (values.table) process.stdout.write(`${tornadoTable(result)}\n`)
    else printJson(result)
  },
}

function tornadoTable(result: SensitivityResult): string {
  const value = (n: number) => String(Number(n.toPrecision(6)))
  const table = formatTable(
    ['Input', 'Base', 'Low', 'High', 'Margin at low', 'Margin at high', 'Swing (pts)'],
    result.bars.map((bar) => [
      bar.label,
      value(bar.baseValue),
      value(bar.lowValue),
      value(bar.highValue),
      formatPct(bar.marginAtLow),
      formatPct(bar.marginAtHigh),
      bar.swing.toFixed(2),
    ]),
  )
  return `Portfolio margin ${formatPct(result.baseMarginPct)}, each input ±${result.swingPct}%\n\n${table}`
}
