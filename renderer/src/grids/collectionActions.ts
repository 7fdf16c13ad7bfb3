/**
 * Add / duplicate / delete for any collection of named entities (features, steps, components,
 * models, plans, cohorts, self-host options, scenarios), each one commit and one undo step.
 */
import type { Edit } from '../../../shared/model/editTypes'
import { childPath } from '../../../shared/model/paths/build'
import { duplicateOf, newIdentity } from '../ids'
import { asJson } from '../json'
import type { RowActions } from './GridToolbar'
import { commitModelEdits, deleteEntity } from './rowActions'

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
  /** Set where `create()` always opens a picker: a paste past the last row cannot add rows then. */
  addsThroughPicker?: boolean
  onSelect?(id: string): void
  onRefused?(reason: string): void
}

function insertEdit(path: string, item: Named, index?: number): Edit {
  return { op: 'insert', path, value: asJson(item), ...(index === undefined ? {} : { index }) }
}

const addedThroughPicker = (noun: string) => `a new ${noun} is added through a picker`

/** Why a paste cannot add rows to this collection now, before anything is created; null: it can. */
export function addRowsRefusal(spec: Pick<CollectionSpec<Named>, 'noun' | 'addsThroughPicker'>) {
  return spec.addsThroughPicker ? addedThroughPicker(spec.noun) : null
}

/**
 * `count` new entities and the edits inserting them, as pressing "+ Add" `count` times would
 * (a paste past the last row commits them with its values): each is `create()`'s, named after
 * the ones before it as the next add would be. A string says why none can be added.
 */
export function addedEntities<T extends Named>(
  spec: CollectionSpec<T>,
  count: number,
): { items: T[]; edits: Edit[] } | string {
  const refusal = addRowsRefusal(spec)
  if (refusal !== null) return refusal
  const items: T[] = []
  for (let k = 0; k < count; k += 1) {
    const created = spec.create()
    if (created === null) return addedThroughPicker(spec.noun)
    if (typeof created === 'string') return created
    // create() names against the rows on screen: the second one repeats the first's name, which
    // the next add would have numbered on ("New feature 2").
    const clash = items.some((item) => item.id === created.id || item.name === created.name)
    const base = created.name.replace(/ \d+$/, '')
    items.push(clash ? { ...created, ...newIdentity(base, [...spec.items, ...items]) } : created)
  }
  return { items, edits: items.map((item) => insertEdit(spec.path, item)) }
}

export function collectionActions<T extends Named>(spec: CollectionSpec<T>): RowActions {
  const { noun, path, items, selected, onSelect } = spec
  function insert(label: string, item: T, index?: number) {
    if (commitModelEdits(label, [insertEdit(path, item, index)])) onSelect?.(item.id)
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
      selected &&
      (() => void deleteEntity(childPath(path, selected.id), `${noun} “${selected.name}”`)),
  }
}
