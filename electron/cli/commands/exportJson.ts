import { writeFileSync } from 'node:fs'
import { parseCommandArgs, type Command } from '../commandArgs'
import { fileFailure, readWorkspaceFile } from '../loadDocument'
import { WORKSPACE_EXTENSION } from '../../../shared/workspaceFile'

export const exportJsonCommand: Command = {
  usage: `export-json <file${WORKSPACE_EXTENSION}> [--out <doc.json>]`,
  async run(args) {
    const { values, file } = parseCommandArgs(exportJsonCommand, args, {
      out: { type: 'string' },
    })
    const text = `${JSON.stringify(await readWorkspaceFile(file), null, 2)}\n`
    if (values.out === undefined) {
      process.stdout.write(text)
      return
    }
    try {
      writeFileSync(values.out, text)
    } catch (error) {
      throw fileFailure(values.out, error)
    }
  },
}
