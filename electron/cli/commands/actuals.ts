/** `margin actuals <import|report|export>`: usage logs in, actuals out (DESIGN.md §9). */
import { usageError } from '../cliError'
import type { Command } from '../commandArgs'
import { actualsExportUsage, runActualsExport } from '../actuals/exportCommand'
import { actualsImportUsage, runActualsImport } from '../actuals/importCommand'
import { actualsReportUsage, runActualsReport } from '../actuals/reportCommand'

const subcommands: Record<string, (args: string[]) => Promise<void>> = {
  import: runActualsImport,
  report: runActualsReport,
  export: runActualsExport,
}

export const actualsCommand: Command = {
  usage: [actualsImportUsage, actualsReportUsage, actualsExportUsage].join('\n  margin '),
  async run(args) {
    const [name, ...rest] = args
    const run = name === undefined ? undefined : subcommands[name]
    if (!run) {
      throw usageError(
        actualsCommand.usage,
        name === undefined
          ? 'expected import, report or export'
          : `unknown actuals command '${name}'`,
      )
    }
    await run(rest)
  },
}
