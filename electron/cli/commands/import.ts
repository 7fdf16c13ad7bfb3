import { parseCommandArgs, type Command } from '../commandArgs'
import { usageError } from '../cliError'
import { fileFailure, readJsonFile, requireValidDocument } from '../loadDocument'
import { importJsonFile } from '../../service'
import { WORKSPACE_EXTENSION, isWorkspacePath } from '../../../shared/workspaceFile'

export const importCommand: Command = {
  usage: `import <doc.json> --out <file${WORKSPACE_EXTENSION}>`,
  async run(args) {
    const { values, file } = parseCommandArgs(importCommand, args, { out: { type: 'string' } })
    const out = values.out
    if (!(out !== undefined && isWorkspacePath(out))) {
      throw usageError(importCommand.usage, `--out must name a ${WORKSPACE_EXTENSION} file`)
    }
    const input = readJsonFile(file)
    // Validated here first so every problem is listed before anything touches the disk.
    const doc = requireValidDocument(input)
    try {
      await importJsonFile(input, out)
    } catch (error) {
      throw fileFailure(out, error)
    }
    process.stdout.write(`${out}: imported "${doc.name}"\n`)
  },
}
