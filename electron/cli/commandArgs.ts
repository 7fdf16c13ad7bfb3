import { parseArgs, type ParseArgsConfig } from 'node:util'
import { usageError } from './cliError'

export interface Command {
  /** The synopsis after `margin`, e.g. `compute <file> [--scenario <id>] [--month <t>]`. */
  usage: string
  run(args: string[]): void | Promise<void>
}

type Options = NonNullable<ParseArgsConfig['options']>
type Config<O extends Options> = {
  args: string[]
  options: O
  allowPositionals: true
  strict: true
}
type Values<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>['values']

/**
 * parseArgs with the house rules: unknown flags and a missing file are usage errors (exit 2 with
 * the command's synopsis), never silently ignored. Returns the files named, at least one.
 */
export function parseFileArgs<O extends Options>(
  command: Command,
  args: string[],
  options: O,
): { values: Values<O>; files: [string, ...string[]] } {
  let parsed
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw usageError(command.usage, (error as Error).message)
  }
  const [first, ...rest] = parsed.positionals
  if (first === undefined) throw usageError(command.usage, 'no file given')
  return { values: parsed.values, files: [first, ...rest] }
}

/** As parseFileArgs, for the commands that work on exactly one file. */
export function parseCommandArgs<O extends Options>(
  command: Command,
  args: string[],
  options: O,
): { values: Values<O>; file: string } {
  const { values, files } = parseFileArgs(command, args, options)
  const [file, extra] = files
  if (extra !== undefined) throw usageError(command.usage, `unexpected '${extra}'`)
  return { values, file }
}
