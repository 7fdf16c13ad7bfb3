import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Log } from './log'
import type { RecentFiles } from './recentFiles'
import { demoWorkspace } from './templates'
import {
  createWorkspaceFile,
  openWorkspaceFile,
  type FileOptions,
  type OpenWorkspace,
} from './workspaceFiles'

export const DEMO_FILE_NAME = 'Demo workspace.marginplan'

export interface StartupOptions extends FileOptions {
  dataDir: string
  demoPath: string
  initialFile?: string
}

/**
 * The workspace the app opens with: the file it was started on, else the most recent one, else
 * (first start, or the recent file no longer opens) a copy of the demo in the data folder.
 */
export async function openInitialWorkspace(
  options: StartupOptions,
  recent: RecentFiles,
  log: Log,
): Promise<OpenWorkspace> {
  if (options.initialFile) return openWorkspaceFile(options.initialFile, options)
  const [latest] = recent.list()
  if (latest) {
    try {
      return await openWorkspaceFile(latest, options)
    } catch (error) {
      log(`Could not reopen ${latest}; opening the demo workspace instead`, error)
    }
  }
  return openDemoCopy(options)
}

async function openDemoCopy(options: StartupOptions): Promise<OpenWorkspace> {
  mkdirSync(options.dataDir, { recursive: true })
  const path = join(options.dataDir, DEMO_FILE_NAME)
  if (!existsSync(path)) await createWorkspaceFile(path, demoWorkspace(options.demoPath), options)
  return openWorkspaceFile(path, options)
}
