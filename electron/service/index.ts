export { WorkspaceService, type WorkspaceServiceOptions } from './WorkspaceService'
export type { ExportRunner } from './exports/exportRunner'
export { workerRunner } from './exports/workerRunner'
export {
  closeWorkspace,
  exportDocument,
  importJsonFile,
  openWorkspaceFile,
  type FileOptions,
  type OpenWorkspace,
} from './workspaceFiles'
export { commitEdits } from './commitEdits'
export { WorkspaceError } from '../db/workspaceError'
