import { useWorkspace, type SaveStatus } from '../store/workspaceStore'

const statusText: Record<SaveStatus, string> = {
  loading: 'Opening…',
  saving: 'Saving…',
  saved: 'All changes saved',
  error: 'Last change not saved',
}

export function StatusBar() {
  const status = useWorkspace((state) => state.saveStatus)
  const revision = useWorkspace((state) => state.revision)
  const scenario = useWorkspace((state) =>
    state.doc?.scenarios.find((s) => s.id === state.activeScenarioId),
  )
  const problems = useWorkspace((state) => state.view?.problems ?? null)
  const readOnly = useWorkspace((state) => state.access.mode === 'read-only')
  const doing = readOnly ? 'Viewing' : 'Editing'
  return (
    <footer className="statusbar">
      <span
        className={`save-status save-status-${readOnly ? 'read-only' : status}`}
        data-testid="save-status"
        data-status={status}
      >
        <span className="status-dot" aria-hidden="true" />
        {readOnly && status !== 'loading' ? 'Read-only: nothing is saved here' : statusText[status]}
      </span>
      <span className="status-item">Revision {revision}</span>
      <span className="status-item">
        {scenario === undefined
          ? `${doing} the baseline`
          : `${doing} scenario “${scenario.name}” (overrides)`}
      </span>
      {problems !== null && problems.length > 0 && (
        <span
          className="status-item status-problem"
          title={problems.map((p) => `${p.path}: ${p.message}`).join('\n')}
        >
          This scenario cannot be evaluated: {problems[0]?.path}: {problems[0]?.message}
        </span>
      )}
    </footer>
  )
}
