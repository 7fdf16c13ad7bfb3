import { mkdirSync } from 'node:fs'
import { basename } from 'node:path'
import type { BackupEntry } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { Db } from '../../db/connection'
import { WorkspaceError } from '../../db/workspaceError'
import type { Log } from '../log'
import { writeFileAtomically } from '../newFile'
import type { SessionWatcher } from '../session'
import type { FileOptions, OpenWorkspace } from '../openWorkspace'
import { BACKUP_ID, backupFile, newBackupId, workspaceFolder } from './backupFolder'
import { blendedMarginPct } from './blendedMargin'
import { copyOpenWorkspace } from './copyWorkspace'
import {
  entryOf,
  readAllMetadata,
  readMetadata,
  removeBackup,
  writeMetadata,
  type BackupMetadata,
} from './metadata'
import { backupsToRotate, defaultRotation, type RotationPolicy } from './rotation'

export interface BackupStoreOptions {
  /** `<dataDir>/backups`: one sub-folder per workspace file. */
  folder: string
  files: FileOptions
  log: Log
  now?: () => Date
  /** Saved edits take an automatic backup once this long has passed since the last (10 min). */
  automaticEveryMs?: number
  rotation?: RotationPolicy
}

/** A backup found by its id: its entry, the workspace copy, and which file it is a backup of. */
export interface FoundBackup {
  entry: BackupEntry
  file: string
  workspacePath: string
}

const TEN_MINUTES_MS = 10 * 60 * 1000

/**
 * The backups of workspace files, kept in the app's data folder: automatic ones when a file is
 * opened for editing and after a while of saved edits (rotated), and named ones the person takes
 * (kept until they delete them). Backups are taken one at a time, in the background for the
 * automatic ones: a failure is logged and never fails the person's edit.
 */
export class BackupStore implements SessionWatcher {
  private readonly now: () => Date
  private readonly automaticEveryMs: number
  private readonly rotation: RotationPolicy
  /** Backups are taken one after the other; `list` waits for those under way. */
  private queue: Promise<void> = Promise.resolve()
  /** When the last automatic backup of each workspace folder was taken (or is being). */
  private readonly lastAutomatic = new Map<string, number>()
  /** The file each open backup view is a backup of (a view's path is the backup file). */
  private readonly views = new WeakMap<Db, string>()

  constructor(private readonly options: BackupStoreOptions) {
    this.now = options.now ?? (() => new Date())
    this.automaticEveryMs = options.automaticEveryMs ?? TEN_MINUTES_MS
    this.rotation = options.rotation ?? defaultRotation
  }

  /** A file opened for editing is backed up, unless its newest automatic backup is this revision. */
  opened(workspace: OpenWorkspace): void {
    if (workspace.access.mode !== 'edit') return
    const folder = this.folderOf(workspace)
    this.lastAutomatic.set(folder, this.now().getTime())
    this.inBackground(workspace, async () => {
      const newest = readAllMetadata(folder, this.options.log).find(isAutomatic)
      if (newest !== undefined && newest.revision === workspace.revision) {
        this.lastAutomatic.set(folder, Date.parse(newest.takenAt))
        return
      }
      await this.backUp(workspace, 'automatic', null)
    })
  }

  /** After a saved batch: an automatic backup once `automaticEveryMs` passed since the last. */
  saved(workspace: OpenWorkspace): void {
    if (workspace.access.mode !== 'edit') return
    const folder = this.folderOf(workspace)
    const now = this.now().getTime()
    const last = this.lastAutomatic.get(folder)
    if (last !== undefined && now - last < this.automaticEveryMs) return
    this.lastAutomatic.set(folder, now)
    this.inBackground(workspace, () => this.backUp(workspace, 'automatic', null).then(() => {}))
  }

  /** Resolves once the backups under way are done (taken, or failed and logged). */
  settled(): Promise<void> {
    return this.queue
  }

  /** The backups of the file `workspace` is (or, for a backup view, is a backup of), newest first. */
  async list(workspace: OpenWorkspace): Promise<BackupEntry[]> {
    await this.settled()
    return readAllMetadata(this.folderOf(workspace), this.options.log).map(entryOf)
  }

  /** Takes a named backup of what the file holds (see snapshotRefusal for when it cannot). */
  take(workspace: OpenWorkspace, name: string): Promise<BackupEntry> {
    const refusal = snapshotRefusal(workspace)
    if (refusal !== null) return Promise.reject(new WorkspaceError('read-only', refusal))
    return this.enqueue(async () => entryOf(await this.backUp(workspace, 'named', name)))
  }

  /** Deletes backup `id` for good (after any backup under way) and lists those left. */
  remove(workspace: OpenWorkspace, id: string): Promise<BackupEntry[]> {
    const folder = this.folderOf(workspace)
    this.find(workspace, id)
    return this.enqueue(async () => {
      removeBackup(folder, id)
      return readAllMetadata(folder, this.options.log).map(entryOf)
    })
  }

  /** The backup `id` of the file `workspace` is (error `not-found` when there is none). */
  find(workspace: OpenWorkspace, id: string): FoundBackup {
    const folder = this.folderOf(workspace)
    const metadata = BACKUP_ID.test(id) ? readMetadata(folder, id, this.options.log) : null
    if (metadata === null) {
      const message = `There is no backup ${id} of ${basename(this.originalOf(workspace))}`
      throw new WorkspaceError('not-found', message, [{ path: 'id', message }])
    }
    return {
      entry: entryOf(metadata),
      file: backupFile(folder, id),
      workspacePath: metadata.workspacePath,
    }
  }

  /** Records that `view` shows a backup of `original`, so its ids resolve against that file. */
  rememberView(view: OpenWorkspace, original: string): void {
    this.views.set(view.db, original)
  }

  /** The file whose backups `workspace` works with: the original for a backup view. */
  originalOf(workspace: OpenWorkspace): string {
    return this.views.get(workspace.db) ?? workspace.path
  }

  private folderOf(workspace: OpenWorkspace): string {
    return workspaceFolder(this.options.folder, this.originalOf(workspace))
  }

  private async backUp(
    workspace: OpenWorkspace,
    kind: BackupEntry['kind'],
    name: string | null,
  ): Promise<BackupMetadata> {
    const folder = this.folderOf(workspace)
    const workspacePath = this.originalOf(workspace)
    const takenAt = this.now()
    const id = newBackupId(takenAt)
    mkdirSync(folder, { recursive: true })
    let copied: Awaited<ReturnType<typeof copyOpenWorkspace>> | undefined
    await writeFileAtomically(backupFile(folder, id), false, async (temporaryFile) => {
      copied = await copyOpenWorkspace(workspace.db, temporaryFile, this.options.files)
    })
    const { revision, doc, sizeBytes } = copied!
    const metadata: BackupMetadata = {
      id,
      takenAt: takenAt.toISOString(),
      kind,
      name,
      workspaceName: doc.name,
      revision,
      portfolioMarginPct: this.marginOf(doc, workspacePath),
      sizeBytes,
      workspacePath,
    }
    await writeMetadata(folder, metadata)
    if (kind === 'automatic') {
      this.lastAutomatic.set(folder, takenAt.getTime())
      this.rotate(folder)
    }
    return metadata
  }

  private marginOf(doc: WorkspaceDoc, path: string): number | null {
    try {
      return blendedMarginPct(doc)
    } catch (error) {
      // A document that validates but that the engine cannot evaluate still gets its backup.
      this.options.log(`Could not compute the margin of the backup of ${path}`, error)
      return null
    }
  }

  private rotate(folder: string): void {
    const all = readAllMetadata(folder, this.options.log)
    for (const entry of backupsToRotate(all, this.now(), this.rotation)) {
      try {
        removeBackup(folder, entry.id)
      } catch (error) {
        this.options.log(`Could not remove the old backup ${entry.id} in ${folder}`, error)
      }
    }
  }

  /** Runs an automatic backup after those under way; a failure is logged, never thrown. */
  private inBackground(workspace: OpenWorkspace, job: () => Promise<void>): void {
    void this.enqueue(async () => {
      // The file was closed (another one opened) before its turn came: nothing to copy.
      if (!workspace.db.open) return
      await job()
    }).catch((error: unknown) => {
      // Closed while the copy ran (another file opened): the copy is abandoned, nothing is lost.
      if (!workspace.db.open) return
      this.options.log(`Could not back up ${workspace.path}`, error)
    })
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job)
    this.queue = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }
}

/**
 * Why a named snapshot of `workspace` would not be what the file holds: a backup view already is
 * a backup, and a view of a file another window edits is a copy from when it was opened.
 */
function snapshotRefusal(workspace: OpenWorkspace): string | null {
  const { access } = workspace
  if (access.mode === 'edit') return null
  if (access.reason === 'backup') {
    return 'This is a backup opened to look at: restore it as a new file, then take snapshots of that.'
  }
  if (access.reason === 'held-elsewhere') {
    return 'Another window is editing this file: take the snapshot there, or take over editing first.'
  }
  return null
}

function isAutomatic(metadata: BackupMetadata): boolean {
  return metadata.kind === 'automatic'
}
