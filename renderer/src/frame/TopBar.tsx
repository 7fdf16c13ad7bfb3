import { useWorkspace } from '../store/workspaceStore'
import { fileName } from './fileActions'
import { FileMenu } from './FileMenu'
import { MarginChip } from './MarginChip'
import { ScenarioPicker } from './ScenarioPicker'
import { UndoRedoButtons } from './UndoRedoButtons'
import { WorkspaceSettingsButton } from './WorkspaceSettings'

export function TopBar() {
  const path = useWorkspace((state) => state.path)
  return (
    <header className="topbar">
      <FileMenu />
      <div className="topbar-title">
        <WorkspaceSettingsButton />
        {path !== null && (
          <span className="file-name" title={path}>
            {fileName(path)}
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
