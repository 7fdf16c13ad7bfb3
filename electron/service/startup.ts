import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { WorkspaceError } from '../db/workspaceError'
import type { Log } from './log'
import { removeStrayTemporaries } from './newFile'
import type { RecentFiles } from './recentFiles'
import { demoWorkspace } from './templates'
import { openWorkspaceFile, type FileOptions, type OpenWorkspace } from './openWorkspace'
import { createWorkspaceFile } from './workspaceFiles'

export const DEMO_FILE_NAME = 'Demo workspace.marginplan'

export interface StartupOptions extends FileOptions {
  dataDir: string
  demoPath: string
  initialFile?: string
}

/**
 * The workspace the app opens with: the file it was started on, else the most recent one, else
 * (first start, or the recent file no longer opens) a copy of the demo in the data folder.
 * A file another process holds for editing opens read-only; the page offers to take over.
 * Temporary files that a process killed mid-write left behind are removed first.
 */
export async function openInitialWorkspace(
  options: StartupOptions,
  recent: RecentFiles,
  log: Log,
): Promise<OpenWorkspace> {
  const [latest] = recent.list()
  const candidate = options.initialFile ?? latest
  for (const folder of foldersToSweep(options.dataDir, candidate)) {
    const removed = removeStrayTemporaries(folder)
    if (removed.length > 0)
      log(`Removed ${removed.length} stray temporary files in ${folder}`, null)
  }
  if (options.initialFile) return openOrView(options.initialFile, options)
  if (latest) {
    try {
      return await openOrView(latest, options)
    } catch (error) {
      log(`Could not reopen ${latest}; opening the demo workspace instead`, error)
    }
  }
  return openDemoCopy(options)
}

/** Where an interrupted write may have left temporary files: views, backups, the file's folder. */
function foldersToSweep(dataDir: string, file: string | undefined): string[] {
  const backups = join(dataDir, 'backups')
  const backupFolders = existsSync(backups)
    ? readdirSync(backups, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(backups, entry.name))
    : []
  return [tmpdir(), dataDir, ...backupFolders, ...(file === undefined ? [] : [dirname(file)])]
}

async function openOrView(file: string, options: StartupOptions): Promise<OpenWorkspace> {
  try {
    return await openWorkspaceFile(file, options)
  } catch (error) {
    if (error instanceof WorkspaceError && error.code === 'locked') {
      return openWorkspaceFile(file, options, 'read-only')
    }
    throw error
  }
}

async function openDemoCopy(options: StartupOptions): Promise<OpenWorkspace> {
  mkdirSync(options.dataDir, { recursive: true })
  const path = join(options.dataDir, DEMO_FILE_NAME)
  if (!existsSync(path)) await createWorkspaceFile(path, demoWorkspace(options.demoPath), options)
  return openOrView(path, options)
}
