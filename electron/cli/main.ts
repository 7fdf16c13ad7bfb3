/**
 * `margin`: the workspace engine on the command line (`npm run --silent margin -- <command>`).
 * Results go to stdout; problems to stderr, one per line, each naming its path.
 */
import { enterInvocationDir } from '../common/fileArgs'
import { PriceFileError } from '../../shared/catalog/priceBook'
import { CliError, exitFailed, exitInvalid } from './cliError'
import type { Command } from './commandArgs'
import { actualsCommand } from './commands/actuals'
import { alertsCommand } from './commands/alerts'
import { backupsCommand } from './commands/backups'
import { compareCommand } from './commands/compare'
import { computeCommand } from './commands/compute'
import { exportCommand } from './commands/export'
import { exportJsonCommand } from './commands/exportJson'
import { goalSeekCommand } from './commands/goalSeek'
import { importCommand } from './commands/import'
import { importPricesCommand } from './commands/importPrices'
import { leversCommand } from './commands/levers'
import { modelsCommand } from './commands/models'
import { sensitivityCommand } from './commands/sensitivity'
import { simulateCommand } from './commands/simulate'
import { validateCommand } from './commands/validate'

const commands: Record<string, Command> = {
  validate: validateCommand,
  import: importCommand,
  'export-json': exportJsonCommand,
  export: exportCommand,
  compute: computeCommand,
  compare: compareCommand,
  sensitivity: sensitivityCommand,
  'goal-seek': goalSeekCommand,
  simulate: simulateCommand,
  levers: leversCommand,
  'import-prices': importPricesCommand,
  models: modelsCommand,
  backups: backupsCommand,
  actuals: actualsCommand,
  alerts: alertsCommand,
}

const usage = [
  'usage: margin <command> [options]',
  '',
  ...Object.values(commands).map((command) => `  margin ${command.usage}`),
  '',
  '<file> is a workspace document (.json) or a workspace file (.marginplan).',
  '--month takes a month index (0 = the start month) or YYYY-MM.',
  'Exit status: 0 done; 2 usage error or invalid input (problems on stderr, nothing written);',
  '1 goal seek found no answer, or an unexpected failure; 3 (alerts) a red alert is open.',
].join('\n')

async function main(argv: string[]): Promise<void> {
  enterInvocationDir('margin')
  const [name, ...args] = argv
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage}\n`)
    return
  }
  const command = name === undefined ? undefined : commands[name]
  if (!command) {
    const reason = name === undefined ? 'no command given' : `unknown command '${name}'`
    throw new CliError([reason, usage])
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: margin ${command.usage}\n`)
    return
  }
  await command.run(args)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`${error.lines.join('\n')}\n`)
    process.exitCode = error.exitCode
  } else if (error instanceof PriceFileError) {
    // A malformed price file is invalid input: its name, model and field, exit 2.
    process.stderr.write(`${error.message}\n`)
    process.exitCode = exitInvalid
  } else {
    process.stderr.write(`margin: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = exitFailed
  }
})
