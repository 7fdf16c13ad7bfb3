import type { ReactNode } from 'react'
import { useWorkspace } from '../store/workspaceStore'

export interface RowActions {
  /** Singular noun for button labels: "feature". */
  noun: string
  onAdd?(): void
  /** Absent when no row is focused. */
  onDuplicate?(): void
  onDelete?(): void
}

interface GridToolbarProps {
  title: string
  hint?: ReactNode
  actions?: RowActions
  children?: ReactNode
}

/**
 * A grid's heading with its row actions. While a scenario is active they add and remove rows in
 * that scenario only (DESIGN.md §4a), and their tooltips say so.
 */
export function GridToolbar({ title, hint, actions, children }: GridToolbarProps) {
  const scenarioName = useWorkspace((state) =>
    state.activeScenarioId === null
      ? null
      : (state.doc?.scenarios.find((s) => s.id === state.activeScenarioId)?.name ?? null),
  )
  const where = scenarioName === null ? '' : ` in ${scenarioName} only`
  const lockTitle = (label: string, enabled: boolean) =>
    enabled ? `${label}${where}` : `${label}: select a row first`
  return (
    <div className="grid-toolbar">
      <h3 className="grid-title">{title}</h3>
      {hint === undefined ? (
        <span className="toolbar-spacer" />
      ) : (
        <span className="grid-hint">{hint}</span>
      )}
      {children}
      {actions?.onAdd !== undefined && (
        <button
          type="button"
          onClick={actions.onAdd}
          title={lockTitle(`Add a ${actions.noun}`, true)}
        >
          + Add {actions.noun}
        </button>
      )}
      {actions !== undefined && (
        <>
          <button
            type="button"
            onClick={actions.onDuplicate}
            disabled={actions.onDuplicate === undefined}
            title={lockTitle(
              `Duplicate the selected ${actions.noun}`,
              actions.onDuplicate !== undefined,
            )}
          >
            Duplicate
          </button>
          <button
            type="button"
            onClick={actions.onDelete}
            disabled={actions.onDelete === undefined}
            title={lockTitle(`Delete the selected ${actions.noun}`, actions.onDelete !== undefined)}
          >
            Delete
          </button>
        </>
      )}
    </div>
  )
}
