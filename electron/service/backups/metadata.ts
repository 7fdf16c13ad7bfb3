import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import type { BackupEntry } from '../../../shared/api'
import type { Log } from '../log'
import { removeWithJournals, writeFileAtomically } from '../newFile'
import { BACKUP_ID, backupFile, metadataFile } from './backupFolder'
import { newestFirst } from './rotation'

/** `<id>.json` beside `<id>.marginplan`: the entry, and which file it is a backup of. */
const metadataSchema = z.object({
  id: z.string().regex(BACKUP_ID),
  takenAt: z.iso.datetime(),
  kind: z.enum(['automatic', 'named']),
  name: z.string().nullable(),
  workspaceName: z.string(),
  revision: z.number().int().nonnegative(),
  portfolioMarginPct: z.number().nullable(),
  sizeBytes: z.number().int().nonnegative(),
  workspacePath: z.string(),
})

export type BackupMetadata = z.infer<typeof metadataSchema>

export function entryOf(metadata: BackupMetadata): BackupEntry {
  const { id, takenAt, kind, name, workspaceName, revision, portfolioMarginPct, sizeBytes } =
    metadata
  return { id, takenAt, kind, name, workspaceName, revision, portfolioMarginPct, sizeBytes }
}

/** Written last (atomically), so a backup is listed only once its copy is complete. */
export async function writeMetadata(folder: string, metadata: BackupMetadata): Promise<void> {
  await writeFileAtomically(metadataFile(folder, metadata.id), false, async (temporaryFile) => {
    writeFileSync(temporaryFile, `${JSON.stringify(metadata, null, 2)}\n`)
  })
}

/** The metadata of `id` in `folder`; null when it is missing or damaged (damage is logged). */
export function readMetadata(folder: string, id: string, log: Log): BackupMetadata | null {
  const file = metadataFile(folder, id)
  if (!existsSync(file)) return null
  try {
    const metadata = metadataSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    if (metadata.id !== id) throw new Error(`it names the backup ${metadata.id}`)
    if (!existsSync(backupFile(folder, id))) throw new Error('its workspace copy is missing')
    return metadata
  } catch (error) {
    log(`Skipped the damaged backup metadata ${file}`, error)
    return null
  }
}

/** Every readable backup in `folder`, newest first; damaged ones are skipped (and logged). */
export function readAllMetadata(folder: string, log: Log): BackupMetadata[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const found: BackupMetadata[] = []
  for (const name of names) {
    if (!name.endsWith('.json')) continue
    const id = name.slice(0, -'.json'.length)
    if (!BACKUP_ID.test(id)) continue
    const metadata = readMetadata(folder, id, log)
    if (metadata !== null) found.push(metadata)
  }
  return found.sort(newestFirst)
}

/** Removes a backup: its metadata first, so a half-removed backup is never listed. */
export function removeBackup(folder: string, id: string): void {
  rmSync(metadataFile(folder, id), { force: true })
  removeWithJournals(backupFile(folder, id))
}
