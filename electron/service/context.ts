import { resolve } from 'node:path'
import type { WorkspaceSnapshot } from '../../shared/api'
import type { CatalogStore } from '../catalog/catalogStore'
import { WorkspaceError } from '../db/workspaceError'
import type { BackupStore } from './backups/backupStore'
import type { ExportJobs } from './exports/exportJobs'
import type { StagedImports } from './actuals/stagedImports'
import type { RecentFiles } from './recentFiles'
import { snapshot, type WorkspaceSession } from './session'
import { openWorkspaceFile, type FileOptions, type OpenAccess } from './openWorkspace'

/** What every handler works with. */
export interface ServiceContext {
  files: FileOptions
  demoPath: string
  session: WorkspaceSession
  recent: RecentFiles
  exports: ExportJobs
  catalog: CatalogStore
  backups: BackupStore
  stagedImports: StagedImports
}

/**
 * Opens the workspace file at `path` and makes it the one the service has open. Opening the file
 * that is already open for editing keeps it (it would otherwise find itself holding the file).
 */
export async function switchToFile(
  context: ServiceContext,
  path: string,
  access: OpenAccess = 'edit',
): Promise<WorkspaceSnapshot> {
  const open = context.session.peek()
  if (
    open &&
    open.path === resolve(path) &&
    open.access.mode === 'edit' &&
    access !== 'read-only'
  ) {
    return snapshot(await context.session.current())
  }
  const workspace = await openWorkspaceFile(path, context.files, access).catch((error: unknown) => {
    throw aboutPath(error)
  })
  return snapshot(context.session.switchTo(workspace))
}

/** A file that will not open is a problem with the request's `path`: the error says so. */
function aboutPath(error: unknown): unknown {
  if (!(error instanceof WorkspaceError) || error.problems.length > 0) return error
  return new WorkspaceError(error.code, error.message, [{ path: 'path', message: error.message }])
}
