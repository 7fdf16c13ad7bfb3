import { useWorkspace } from '../store/workspaceStore'
import { fileActions } from './fileActions'

/**
 * Says, above every view, that this window cannot save the workspace and why, with the way on:
 * Save As for every case, Take over editing when another window holds the file.
 */
export function ReadOnlyBanner() {
  const access = useWorkspace((state) => state.access)
  if (access.mode === 'edit') return null
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <span className="read-only-badge">Read-only</span>
      <span className="read-only-text">{access.message}</span>
      {access.reason === 'held-elsewhere' && (
        <button type="button" onClick={() => void fileActions.takeOver()}>
          Take over editing
        </button>
      )}
      <button type="button" className="button-primary" onClick={() => fileActions.start('saveAs')}>
        {access.reason === 'backup' ? 'Restore as new file…' : 'Save As…'}
      </button>
    </div>
  )
}
