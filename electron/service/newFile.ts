import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { isWorkspacePath } from '../../shared/workspaceFile'
import { WorkspaceError } from '../db/workspaceError'
import { ioError } from './fileErrors'
import { processRuns } from './writers'

/**
 * The name of a temporary file: `.<label>.<pid>.<uuid>.tmp`. The process id lets a later start
 * tell the leftovers of a process that died mid-write from a write still under way.
 */
export function temporaryName(label: string): string {
  // A file name holds at most 255 bytes: a long label is cut (the uuid keeps the name unique).
  const short = Buffer.from(label)
    .subarray(0, 120)
    .toString('utf8')
    .replace(/\uFFFD+$/, '')
  return `.${short}.${HOST_TAG}-${process.pid}.${randomUUID()}.tmp`
}

/** This machine, in a temporary file's name: a shared folder holds other machines' files too. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)

const TEMPORARY = /^\..+\.([0-9a-f]{8})-(\d+)\.[0-9a-f-]{36}\.tmp(-wal|-shm|-journal)?$/

/**
 * Removes the temporary files (and their journals) that processes of this machine no longer
 * running left; another machine's, on a shared folder, are not ours to judge.
 */
export function removeStrayTemporaries(folder: string): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const match = TEMPORARY.exec(name)
    if (match === null || match[1] !== HOST_TAG || processRuns(Number(match[2]))) continue
    try {
      rmSync(join(folder, name), { force: true })
      removed.push(name)
    } catch {
      // Someone else's file in a shared folder: not ours to insist on.
    }
  }
  return removed
}

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
  const temporary = join(dirname(target), temporaryName(basename(target)))
  try {
    await write(temporary)
    if (!overwrite) refuseExisting(target)
    // A stale journal beside a replaced workspace would be replayed into the new one.
    if (isWorkspacePath(target)) removeJournals(target)
    renameSync(temporary, target)
  } catch (error) {
    removeJournals(temporary)
    rmSync(temporary, { force: true })
    throw ioError('write', target, error)
  }
}

function refuseExisting(target: string): void {
  if (existsSync(target)) {
    throw new WorkspaceError('exists', `${target} already exists; choose another name`)
  }
}

const JOURNALS = ['-wal', '-shm', '-journal']

function removeJournals(file: string): void {
  for (const suffix of JOURNALS) rmSync(`${file}${suffix}`, { force: true })
}

/** Removes a SQLite file and whatever journal it left beside it. */
export function removeWithJournals(file: string): void {
  rmSync(file, { force: true })
  removeJournals(file)
}
