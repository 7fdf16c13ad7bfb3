/** `margin actuals export`: the imported daily aggregates as CSV, for a spreadsheet or a script. */
import { writeFileSync } from 'node:fs'
import Papa from 'papaparse'
import { parseCommandArgs, type Command } from '../commandArgs'
import { fileFailure } from '../loadDocument'
import { windowFlags } from './reportCommand'
import { readWorkspaceActuals } from './workspaceActuals'

export const actualsExportUsage =
  'actuals export <workspace.marginplan> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--out <file.csv>]'

const command: Command = { usage: actualsExportUsage, run: () => undefined }

export async function runActualsExport(args: string[]): Promise<void> {
  const { values, file } = parseCommandArgs(command, args, {
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
  })
  const { aggregates } = await readWorkspaceActuals(file, windowFlags(values))
  const csv = `${Papa.unparse(aggregates, { newline: '\n' })}\n`
  if (values.out === undefined) {
    process.stdout.write(csv)
    return
  }
  try {
    writeFileSync(values.out, csv)
  } catch (error) {
    throw fileFailure(values.out, error)
  }
  process.stdout.write(`Wrote ${aggregates.length} daily aggregates to ${values.out}.\n`)
}
