import { useCallback } from 'react'
import { movedCellPath } from './clipboardPlan'
import {
  addedEntities,
  addRowsRefusal,
  collectionActions,
  type CollectionSpec,
} from './collectionActions'
import { cellPath } from './columnDefs'
import { useEditError } from './editErrorStore'
import { GridPanel, type GridPanelProps } from './GridPanel'
import type { RowAdder } from './pasteGesture'
import { childPath } from '../../../shared/model/paths/build'

interface Named {
  id: string
  name: string
}

interface CollectionPanelProps<Row, T extends Named> extends Omit<
  GridPanelProps<Row>,
  'actions' | 'rowId' | 'rowName' | 'onRowFocused'
> {
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
  collection,
  entityOf,
  ...panel
}: CollectionPanelProps<Row, T>) {
  const { onSelect } = collection
  const rowId = useCallback((row: Row) => entityOf(row).id, [entityOf])
  const rowName = useCallback((row: Row) => entityOf(row).name, [entityOf])
  // A refused add (no model yet, no plan yet) is explained beside the grid it would have joined.
  const onRefused = (reason: string) => useEditError.getState().show(panel.gridId, reason)
  // A paste past the last row adds entities as "+ Add" does; a new row's cells edit the same
  // fields of its entity as the last row's cells do of theirs.
  const rowAdder: RowAdder<Row> = {
    noun: collection.noun,
    refusal: () => addRowsRefusal(collection),
    add(count, template) {
      const added = addedEntities(collection, count)
      if (typeof added === 'string') return added
      const from = childPath(collection.path, entityOf(template).id)
      return {
        edits: added.edits,
        rows: added.items.map((item) => ({
          name: item.name,
          cellPath: (column) =>
            movedCellPath(cellPath(column, template), from, childPath(collection.path, item.id)),
        })),
      }
    },
  }
  return (
    <GridPanel
      {...panel}
      rowAdder={rowAdder}
      actions={collectionActions({ ...collection, onRefused })}
      rowId={rowId}
      rowName={rowName}
      onRowFocused={(row) => onSelect(rowId(row))}
    />
  )
}
