import { parseFileArgs, type Command } from '../commandArgs'
import { CliError } from '../cliError'
import { loadDocument } from '../loadDocument'

export const validateCommand: Command = {
  usage: 'validate <file.json|file.marginplan>…',
  async run(args) {
    const { files } = parseFileArgs(validateCommand, args, {})
    const problems: string[] = []
    for (const file of files) {
      try {
        const doc = await loadDocument(file)
        const counts = `${count(doc.features.length, 'feature')}, ${count(doc.scenarios.length, 'scenario')}`
        process.stdout.write(`${file}: valid (${counts})\n`)
      } catch (error) {
        if (!(error instanceof CliError)) throw error
        // With several files each problem says which file it is in; one file keeps `<path>: …`.
        // Errors about the file itself (unreadable, not JSON) already start with its name.
        const named = (line: string) =>
          files.length === 1 || line.startsWith(`${file}: `) ? line : `${file}: ${line}`
        problems.push(...error.lines.map(named))
      }
    }
    if (problems.length > 0) throw new CliError(problems)
  },
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
