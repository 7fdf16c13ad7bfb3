import { nextRedo, nextUndo } from '../store/history'
import { useWorkspace } from '../store/workspaceStore'
import { redoShortcut, undoShortcut } from './shortcuts'

export function UndoRedoButtons() {
  const history = useWorkspace((state) => state.history)
  const undo = useWorkspace((state) => state.undo)
  const redo = useWorkspace((state) => state.redo)
  const undoEntry = nextUndo(history)
  const redoEntry = nextRedo(history)
  return (
    <div className="button-group" role="group" aria-label="History">
      <button
        type="button"
        data-testid="undo"
        disabled={undoEntry === undefined}
        onClick={undo}
        title={undoEntry ? `Undo ${undoEntry.label} (${undoShortcut})` : 'Nothing to undo'}
      >
        ↶ Undo
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={redoEntry === undefined}
        onClick={redo}
        title={redoEntry ? `Redo ${redoEntry.label} (${redoShortcut})` : 'Nothing to redo'}
      >
        ↷ Redo
      </button>
    </div>
  )
}
