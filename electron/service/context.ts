import type { WorkspaceSnapshot } from '../../shared/api'
import type { CatalogStore } from '../catalog/catalogStore'
import type { ExportJobs } from './exports/exportJobs'
import type { RecentFiles } from './recentFiles'
import { snapshot, type WorkspaceSession } from './session'
import { openWorkspaceFile, type FileOptions } from './workspaceFiles'

/** What every handler works with. */
export interface ServiceContext {
  files: FileOptions
  demoPath: string
  session: WorkspaceSession
  recent: RecentFiles
  exports: ExportJobs
  catalog: CatalogStore
}

/** Opens the workspace file at `path` and makes it the one the service has open. */
export async function switchToFile(
  context: ServiceContext,
  path: string,
  revision = 0,
): Promise<WorkspaceSnapshot> {
  const workspace = await openWorkspaceFile(path, context.files)
  workspace.revision = revision
  return snapshot(context.session.switchTo(workspace))
}
