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

const scenarioLock = 'Rows are the same in every scenario: switch to Baseline to add or remove them'

/** A grid's heading with its row actions; structural edits are off while a scenario is active. */
export function GridToolbar({ title, hint, actions, children }: GridToolbarProps) {
  const inScenario = useWorkspace((state) => state.activeScenarioId !== null)
  const lockTitle = (label: string, enabled: boolean) =>
    inScenario ? scenarioLock : enabled ? label : `${label}: select a row first`
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
          disabled={inScenario}
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
            disabled={inScenario || actions.onDuplicate === undefined}
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
            disabled={inScenario || actions.onDelete === undefined}
            title={lockTitle(`Delete the selected ${actions.noun}`, actions.onDelete !== undefined)}
          >
            Delete
          </button>
        </>
      )}
    </div>
  )
}
