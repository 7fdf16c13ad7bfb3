/**
 * `margin simulate`: a Monte Carlo run over the workspace's ranges (DESIGN.md §11), in a worker
 * thread. The JSON holds no timings, so the same seed prints the same bytes.
 */
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  MAX_DRAWS,
  MAX_SEED,
  type SimulationOptions,
} from '../../../shared/simulation'
import { CliError } from '../cliError'
import { parseCommandArgs, type Command } from '../commandArgs'
import { monthFlag, numberFlag, scenarioFlag } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'
import { runInWorker } from '../simulate/runInWorker'
import { simulationText } from '../simulate/simulationText'

/** The shell's status for a run stopped by Ctrl-C (128 + SIGINT). */
const exitInterrupted = 130

/** A whole number within bounds, or exit 2 naming the flag. */
function wholeNumberFlag(flag: string, text: string, least: number, most: number): number {
  const value = numberFlag(flag, text)
  if (!Number.isInteger(value) || value < least || value > most) {
    throw new CliError([
      `--${flag}: ${text} must be a whole number from ${least} to ${most.toLocaleString('en-US')}`,
    ])
  }
  return value
}

/** On a terminal, "Simulating… 4,000 / 10,000 draws" on stderr; nothing in a pipe or a log. */
function progressLine(done: number, total: number): void {
  if (!process.stderr.isTTY) return
  const count = (value: number) => value.toLocaleString('en-US')
  process.stderr.write(`\rSimulating… ${count(done)} / ${count(total)} draws`)
}

function clearProgressLine(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K')
}

export const simulateCommand: Command = {
  usage:
    `simulate <file> [--scenario <id>] [--draws <n>, default ${DEFAULT_DRAWS}] ` +
    `[--seed <s>, default ${DEFAULT_SEED}] [--month <t>] [--json]`,
  async run(args) {
    const { values, file } = parseCommandArgs(simulateCommand, args, {
      scenario: { type: 'string' },
      draws: { type: 'string' },
      seed: { type: 'string' },
      month: { type: 'string' },
      json: { type: 'boolean', default: false },
    })
    const draws =
      values.draws === undefined
        ? DEFAULT_DRAWS
        : wholeNumberFlag('draws', values.draws, 1, MAX_DRAWS)
    const seed =
      values.seed === undefined ? DEFAULT_SEED : wholeNumberFlag('seed', values.seed, 0, MAX_SEED)
    const doc = await loadDocument(file)
    const options: SimulationOptions = {
      scenarioId: scenarioFlag(doc, values.scenario) ?? null,
      draws,
      seed,
      month: monthFlag(doc, values.month) ?? 0,
      // §11's JSON carries the fan over the whole horizon.
      forecast: true,
    }
    const run = await runInWorker({ doc, options }, progressLine).finally(clearProgressLine)
    if (run === null) {
      process.exitCode = exitInterrupted
      return
    }
    if (values.json) printJson(run.result)
    else process.stdout.write(`${simulationText(doc, run)}\n`)
  },
}
