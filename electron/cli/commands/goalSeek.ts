import { goalSeek } from '../../../shared/engine/goalSeek'
import { parseGoalMetric } from '../../../shared/engine/goalMetric'
import { parseCommandArgs, type Command } from '../commandArgs'
import { CliError, exitFailed, usageError } from '../cliError'
import { monthFlag, numberFlag, scenarioFlag } from '../flags'
import { loadDocument } from '../loadDocument'
import { printJson } from '../printJson'

export const goalSeekCommand: Command = {
  usage:
    'goal-seek <file> --input <path> --target <metric> --value <v> [--scenario <id>] [--month <t>] [--lo <x> --hi <y>]',
  async run(args) {
    const { values, file } = parseCommandArgs(goalSeekCommand, args, {
      input: { type: 'string' },
      target: { type: 'string' },
      value: { type: 'string' },
      scenario: { type: 'string' },
      month: { type: 'string' },
      lo: { type: 'string' },
      hi: { type: 'string' },
    })
    const { input, target, value } = values
    if (input === undefined || target === undefined || value === undefined) {
      throw usageError(goalSeekCommand.usage, '--input, --target and --value are required')
    }
    const targetMetric = parseTarget(target)
    const bounds = {
      lo: values.lo === undefined ? undefined : numberFlag('lo', values.lo),
      hi: values.hi === undefined ? undefined : numberFlag('hi', values.hi),
    }
    if (bounds.lo !== undefined && bounds.hi !== undefined && bounds.lo >= bounds.hi) {
      throw new CliError([`--lo: ${bounds.lo} must be below --hi ${bounds.hi}`])
    }
    const doc = await loadDocument(file)
    const result = goalSeek(doc, {
      scenarioId: scenarioFlag(doc, values.scenario),
      month: monthFlag(doc, values.month),
      inputPath: input,
      target: targetMetric,
      value: numberFlag('value', value),
      ...bounds,
    })
    // A request refused before any search (no range) is bad input, with nothing to print.
    if (!result.ok && result.lo === null) throw new CliError([`goal seek: ${result.reason}`])
    printJson(result)
    // Out of reach is an answer (the closest value is printed) but not a success for scripts.
    if (!result.ok) throw new CliError([`goal seek: ${result.reason}`], exitFailed)
  },
}

function parseTarget(text: string): ReturnType<typeof parseGoalMetric> {
  try {
    return parseGoalMetric(text)
  } catch (error) {
    throw new CliError([`--target: ${(error as Error).message}`])
  }
}
