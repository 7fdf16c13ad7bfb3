import { readFileSync } from 'node:fs'
import { inPriceFile, type PriceBook } from '../../../shared/catalog/priceBook'
import { previewRefresh } from '../../../shared/catalog/preview'
import { readPriceFile } from '../../../shared/catalog/readPriceFile'
import { todayIso } from '../../../shared/today'
import { WORKSPACE_EXTENSION, isWorkspacePath } from '../../../shared/workspaceFile'
import { closeWorkspace, commitEdits, openWorkspaceFile } from '../../service'
import { usageError } from '../cliError'
import { parseFileArgs, type Command } from '../commandArgs'
import { dateFlag } from '../flags'
import { fileFailure, readWorkspaceFile } from '../loadDocument'
import { previewText } from '../previewText'

export const importPricesCommand: Command = {
  usage:
    `import-prices <workspace${WORKSPACE_EXTENSION}> <prices.json> ` +
    '[--all] [--dry-run] [--as-of <YYYY-MM-DD>]',
  async run(args) {
    const { values, files } = parseFileArgs(importPricesCommand, args, {
      all: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'as-of': { type: 'string' },
    })
    const [workspaceFile, pricesFile, extra] = files
    if (pricesFile === undefined || extra !== undefined) {
      throw usageError(importPricesCommand.usage, 'expected a workspace file and a price file')
    }
    if (!isWorkspacePath(workspaceFile)) {
      throw usageError(
        importPricesCommand.usage,
        `the workspace must be a ${WORKSPACE_EXTENSION} file`,
      )
    }
    const asOf = values['as-of'] === undefined ? todayIso() : dateFlag('as-of', values['as-of'])
    // The price file is read and checked whole before the workspace is opened.
    const book = readBook(pricesFile, asOf)
    const options = { addAll: values.all, asOf }
    if (values['dry-run']) {
      const doc = await readWorkspaceFile(workspaceFile)
      process.stdout.write(
        previewText(
          doc,
          inPriceFile(pricesFile, () => previewRefresh(doc, book, options)),
        ),
      )
      process.stdout.write(`Dry run: ${workspaceFile} is unchanged.\n`)
      return
    }
    await applyToFile(workspaceFile, pricesFile, book, options)
  },
}

async function applyToFile(
  workspaceFile: string,
  pricesFile: string,
  book: PriceBook,
  options: { addAll: boolean; asOf: string },
): Promise<void> {
  const opened = (access: 'edit' | 'read-only') =>
    openWorkspaceFile(workspaceFile, { app: 'cli' }, access).catch((error: unknown) => {
      throw fileFailure(workspaceFile, error)
    })
  // Read first without taking the file, so a refresh with nothing to change writes nothing.
  const view = await opened('read-only')
  closeWorkspace(view)
  const result = inPriceFile(pricesFile, () => previewRefresh(view.doc, book, options))
  if (result.edits.length > 0) {
    // Taken for editing: a file another process holds is refused (`locked`), and the write is
    // checked against the revision read above, so nothing saved since is overwritten.
    const workspace = await opened('edit')
    try {
      commitEdits(
        workspace,
        result.edits,
        `${pricesFile}: the prices would make the workspace invalid`,
        view.revision,
      )
    } catch (error) {
      throw fileFailure(workspaceFile, error)
    } finally {
      closeWorkspace(workspace)
    }
  }
  process.stdout.write(previewText(view.doc, result))
  process.stdout.write(
    result.edits.length > 0
      ? `Updated ${workspaceFile}.\n`
      : `Nothing to change: ${workspaceFile} already has these prices.\n`,
  )
}

function readBook(pricesFile: string, asOf: string): PriceBook {
  let text: string
  try {
    text = readFileSync(pricesFile, 'utf8')
  } catch (error) {
    throw fileFailure(pricesFile, error)
  }
  return inPriceFile(pricesFile, () => readPriceFile(text, { from: asOf }))
}
