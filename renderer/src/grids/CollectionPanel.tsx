import { useCallback, type ReactNode } from 'react'
import { collectionActions } from './collectionActions'
import { EditableGrid, type EditableGridProps } from './EditableGrid'
import { useEditError } from './editErrorStore'
import { GridToolbar } from './GridToolbar'

interface Named {
  id: string
  name: string
}

type CollectionSpec<T extends Named> = Parameters<typeof collectionActions<T>>[0]

interface CollectionPanelProps<Row, T extends Named> extends Omit<
  EditableGridProps<Row>,
  'title' | 'rowId' | 'rowName' | 'onRowFocused'
> {
  /** The toolbar's heading; also the panel's and the grid's name unless they say otherwise. */
  title: string
  /** The section's accessible name when it differs from the heading. */
  panelLabel?: string
  /** The grid's name for screen readers when it says more than the heading: "Steps of Chat". */
  gridTitle?: string
  hint?: ReactNode
  /**
   * The entity a row shows; the row's id and name are the entity's. Declare it once (a module
   * constant): the grid's row bookkeeping is redone whenever the id function changes.
   */
  entityOf(row: Row): T
  /** Add / duplicate / delete; focusing a row selects its entity. */
  collection: Omit<CollectionSpec<T>, 'onSelect' | 'onRefused'> & { onSelect(id: string): void }
}

/**
 * A panel listing one collection of named entities (features, steps, models, plans, …): its
 * toolbar with the add / duplicate / delete actions above the editable grid of its rows.
 */
export function CollectionPanel<Row, T extends Named>({
  title,
  panelLabel = title,
  gridTitle = title,
  hint,
  collection,
  entityOf,
  ...grid
}: CollectionPanelProps<Row, T>) {
  const { onSelect } = collection
  const rowId = useCallback((row: Row) => entityOf(row).id, [entityOf])
  const rowName = useCallback((row: Row) => entityOf(row).name, [entityOf])
  // A refused add (no model yet, no plan yet) is explained beside the grid it would have joined.
  const onRefused = (reason: string) => useEditError.getState().show(grid.gridId, reason)
  return (
    <section className="panel" aria-label={panelLabel}>
      <GridToolbar
        title={title}
        hint={hint}
        actions={collectionActions({ ...collection, onRefused })}
      />
      <EditableGrid
        {...grid}
        title={gridTitle}
        rowId={rowId}
        rowName={rowName}
        onRowFocused={(row) => onSelect(rowId(row))}
      />
    </section>
  )
}
