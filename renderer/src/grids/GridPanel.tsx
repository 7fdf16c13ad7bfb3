import type { ReactNode } from 'react'
import { EditableGrid, type EditableGridProps } from './EditableGrid'
import { GridToolbar, type RowActions } from './GridToolbar'

export interface GridPanelProps<Row> extends Omit<EditableGridProps<Row>, 'title'> {
  /** The toolbar's heading; also the panel's and the grid's name unless they say otherwise. */
  title: string
  /** The section's accessible name when it differs from the heading. */
  panelLabel?: string
  /** The grid's name for screen readers when it says more than the heading. */
  gridTitle?: string
  hint?: ReactNode
  actions?: RowActions
  /** Extra toolbar buttons, before the row actions. */
  toolbar?: ReactNode
}

/** A titled panel: its toolbar (heading, hint, buttons) above one editable grid. */
export function GridPanel<Row>({
  title,
  panelLabel = title,
  gridTitle = title,
  hint,
  actions,
  toolbar,
  ...grid
}: GridPanelProps<Row>) {
  return (
    <section className="panel" aria-label={panelLabel}>
      <GridToolbar title={title} hint={hint} actions={actions}>
        {toolbar}
      </GridToolbar>
      <EditableGrid {...grid} title={gridTitle} />
    </section>
  )
}
