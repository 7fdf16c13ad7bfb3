import { useWorkspace } from '../store/workspaceStore'
import { fileName } from './fileActions'
import { FileMenu } from './FileMenu'
import { MarginChip } from './MarginChip'
import { ScenarioPicker } from './ScenarioPicker'
import { UndoRedoButtons } from './UndoRedoButtons'
import { WorkspaceSettingsButton } from './WorkspaceSettings'

export function TopBar() {
  const path = useWorkspace((state) => state.path)
  // A backup's own file name is an id: name the workspace it is a backup of instead.
  const backupOf = useWorkspace((state) =>
    state.access.mode === 'read-only' ? (state.access.backupOf ?? null) : null,
  )
  return (
    <header className="topbar">
      <FileMenu />
      <div className="topbar-title">
        <WorkspaceSettingsButton />
        {path !== null && (
          <span className="file-name" title={backupOf ?? path}>
            {backupOf === null ? fileName(path) : `Backup of ${fileName(backupOf)}`}
          </span>
        )}
      </div>
      <span className="toolbar-spacer" />
      <MarginChip />
      <ScenarioPicker />
      <UndoRedoButtons />
    </header>
  )
}
