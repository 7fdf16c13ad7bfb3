import { randomUUID } from 'node:crypto'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { WorkspaceError } from '../db/workspaceError'
import { ioError } from './fileErrors'

/**
 * Creates `target` by writing a temporary file beside it (same folder, so the rename is atomic)
 * and renaming it into place: a failure half-way never leaves a partial file at `target`.
 * `overwrite: false` refuses a target that exists.
 */
export async function writeFileAtomically(
  target: string,
  overwrite: boolean,
  write: (temporaryFile: string) => Promise<void>,
): Promise<void> {
  if (!overwrite) refuseExisting(target)
  const temporary = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`)
  try {
    await write(temporary)
    if (!overwrite) refuseExisting(target)
    // A stale journal beside the replaced file would be replayed into the new one.
    removeJournals(target)
    renameSync(temporary, target)
  } catch (error) {
    removeJournals(temporary)
    rmSync(temporary, { force: true })
    throw ioError('write', target, error)
  }
}

function refuseExisting(target: string): void {
  if (existsSync(target)) {
    throw new WorkspaceError('io', `${target} already exists; choose another name`)
  }
}

function removeJournals(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}
