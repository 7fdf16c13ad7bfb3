/**
 * Add / duplicate / delete for any collection of named entities (features, steps, components,
 * models, plans, cohorts, self-host options, scenarios), each one commit and one undo step.
 */
import { duplicateOf } from '../ids'
import { asJson } from '../json'
import type { RowActions } from './GridToolbar'
import { commitOrExplain, deleteEntity } from './rowActions'

interface Named {
  id: string
  name: string
}

export interface CollectionSpec<T extends Named> {
  /** Singular noun: "step". */
  noun: string
  /** The collection's edit path: `features/support/steps`. */
  path: string
  items: readonly T[]
  selected: T | undefined
  /**
   * A new entity, or a reason it cannot be added yet, or null when the add goes on elsewhere (a
   * picker asks for what the entity needs and commits it).
   */
  create(): T | string | null
  onSelect?(id: string): void
  onRefused?(reason: string): void
}

export function collectionActions<T extends Named>(spec: CollectionSpec<T>): RowActions {
  const { noun, path, items, selected, onSelect } = spec
  function insert(label: string, item: T, index?: number) {
    const edit = {
      op: 'insert',
      path,
      value: asJson(item),
      ...(index === undefined ? {} : { index }),
    } as const
    if (commitOrExplain(label, [edit])) onSelect?.(item.id)
  }
  return {
    noun,
    onAdd() {
      const created = spec.create()
      if (typeof created === 'string') spec.onRefused?.(created)
      else if (created !== null) insert(`Add ${noun}`, created)
    },
    onDuplicate:
      selected &&
      (() => {
        const index = items.findIndex((item) => item.id === selected.id) + 1
        insert(`Duplicate ${selected.name}`, duplicateOf(selected, items), index)
      }),
    onDelete:
      selected && (() => void deleteEntity(`${path}/${selected.id}`, `${noun} “${selected.name}”`)),
  }
}
