/** Exit codes of `margin`: 2 is the caller's fault (usage, invalid input), 1 anything else. */
export const exitInvalid = 2
export const exitFailed = 1

/** An expected failure: its lines go to stderr as they are, one per line, and the process exits. */
export class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode: number = exitInvalid,
  ) {
    super(lines.join('\n'))
  }
}

export function usageError(usage: string, reason: string): CliError {
  return new CliError([reason, `usage: margin ${usage}`])
}
