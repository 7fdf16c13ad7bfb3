export { WorkspaceService, type WorkspaceServiceOptions } from './WorkspaceService'
export type { ExportRunner } from './exports/exportRunner'
export { workerRunner } from './exports/workerRunner'
export {
  closeWorkspace,
  openWorkspaceFile,
  type FileOptions,
  type OpenWorkspace,
} from './openWorkspace'
export { exportDocument, importJsonFile } from './workspaceFiles'
export { commitEdits } from './commitEdits'
export { WorkspaceError } from '../db/workspaceError'
