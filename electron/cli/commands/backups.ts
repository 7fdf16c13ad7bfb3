import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { WORKSPACE_EXTENSION } from '../../../shared/workspaceFile'
import { defaultDataDir } from '../../host/dataDir'
import { listBackupsOf } from '../../service/backups/listing'
import { formatPct } from '../../../shared/report/format'
import { CliError } from '../cliError'
import { parseCommandArgs, type Command } from '../commandArgs'
import { printJson } from '../printJson'
import { formatTable } from '../table'

/**
 * `margin backups <file.marginplan>`: the backups the app keeps of a workspace file, newest
 * first. They live in the app's data folder: the web host's by default; the desktop app's is
 * its user-data folder (e.g. ~/.config/AI Margin Planner), named with --data-dir.
 */
export const backupsCommand: Command = {
  usage: `backups <file${WORKSPACE_EXTENSION}> [--data-dir <dir>] [--json]`,
  run(args) {
    const { values, file } = parseCommandArgs(backupsCommand, args, {
      'data-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir())
    if (!existsSync(dataDir)) throw new CliError([`${dataDir}: no such data folder`])
    const skipped: string[] = []
    const backups = listBackupsOf(dataDir, resolve(file), (message) => skipped.push(message))
    for (const message of skipped) process.stderr.write(`${message}\n`)
    if (values.json) {
      printJson({ file: resolve(file), dataDir, backups })
      return
    }
    if (backups.length === 0) {
      process.stdout.write(`No backups of ${resolve(file)} in ${dataDir}\n`)
      return
    }
    const rows = backups.map((entry) => [
      entry.takenAt,
      entry.kind,
      entry.name ?? '—',
      formatPct(entry.portfolioMarginPct),
      String(entry.revision),
      entry.id,
    ])
    const header = ['Taken (UTC)', 'Kind', 'Name', 'Margin', 'Revision', 'Id']
    process.stdout.write(`${formatTable(header, rows)}\n`)
  },
}
