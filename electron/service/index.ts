export { WorkspaceService, type WorkspaceServiceOptions } from './WorkspaceService'
export {
  exportDocument,
  importJsonFile,
  openWorkspaceFile,
  type FileOptions,
  type OpenWorkspace,
} from './workspaceFiles'
export { WorkspaceError } from '../db/workspaceError'
