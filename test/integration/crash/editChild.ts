/**
 * The child of the crash test: opens a workspace file and applies batch after batch of edits,
 * printing `ready <k>` once open and `committed <k>` after each batch is saved, until killed.
 * Usage: editChild <workspace file> <start document JSON file>
 */
import { readFileSync } from 'node:fs'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { commitEdits } from '../../../electron/service/commitEdits'
import { openWorkspaceFile } from '../../../electron/service/openWorkspace'
import { batchEdits, claimedBatch } from './batches'

/** A parent that never kills would otherwise leave this running for ever. */
const MAX_BATCHES = 100_000

async function main(): Promise<void> {
  const [file, startFile] = process.argv.slice(2)
  if (!file || !startFile) throw new Error('usage: editChild <workspace> <start document>')
  const start = JSON.parse(readFileSync(startFile, 'utf8')) as WorkspaceDoc
  const workspace = await openWorkspaceFile(file)
  let k = claimedBatch(workspace.doc)
  // Pipes are written synchronously on Linux: a printed line was saved before it was printed.
  process.stdout.write(`ready ${k}\n`)
  for (let done = 0; done < MAX_BATCHES; done++) {
    k++
    commitEdits(workspace, batchEdits(start, k), `crash batch ${k} was refused`, workspace.revision)
    process.stdout.write(`committed ${k}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
