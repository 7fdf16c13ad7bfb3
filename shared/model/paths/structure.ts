/**
 * What the structural overrides of DESIGN.md §4a name: the collection an `insert` adds to and the
 * entity a `remove` takes away. Both are exact paths read by the one walker (no selectors: a
 * scenario adds or removes one thing at a time).
 */
import type { PathKey } from '../copyOnWrite'
import { isRecord } from '../validation/access'
import { idProblem } from '../validation/ids'
import { itemNoun, keysOf, lastStep, walkPath, type Location } from './walk'
import { childPath } from './build'

/** The collections a scenario may add to or remove from, by their field name. */
export const STRUCTURAL_COLLECTIONS: ReadonlySet<string> = new Set([
  'models',
  'features',
  'steps',
  'components',
  'plans',
  'cohorts',
  'usage',
  'selfHost',
])

const COLLECTION_FORMS =
  'models, features, features/<id>/steps, features/<id>/components, plans, cohorts, ' +
  'cohorts/<id>/usage or selfHost'

export interface CollectionAt {
  keys: PathKey[]
  items: readonly unknown[]
  /** The field that tells its items apart: `id`, or `featureId` for usage rows. */
  keyField: string
  noun: string
}

export interface EntityInList {
  listKeys: PathKey[]
  items: readonly unknown[]
  index: number
}

function exactly(doc: unknown, path: string): Location | { error: string } {
  const walked = walkPath(doc, path, 'edit')
  if ('error' in walked) return walked
  return walked[0] ?? { error: 'names nothing in this workspace' }
}

/** The collection an insert's path names. */
export function collectionAt(doc: unknown, path: string): CollectionAt | { error: string } {
  const at = exactly(doc, path)
  if ('error' in at) return at
  const step = lastStep(at)
  const keyField = at.node.kind === 'array' ? at.node.key?.field : undefined
  if (step.kind !== 'field' || !STRUCTURAL_COLLECTIONS.has(step.name) || keyField === undefined) {
    return { error: `an insert names a collection: ${COLLECTION_FORMS}` }
  }
  return {
    keys: keysOf(at.steps),
    items: Array.isArray(at.value) ? at.value : [],
    keyField,
    noun: itemNoun(step.name),
  }
}

/** The entity a remove's path names, with the list that holds it. */
export function entityInList(doc: unknown, path: string): EntityInList | { error: string } {
  const at = exactly(doc, path)
  if ('error' in at) return at
  const step = lastStep(at)
  const holder = at.steps[at.steps.length - 2]
  if (
    step.kind !== 'item' ||
    holder?.kind !== 'field' ||
    !STRUCTURAL_COLLECTIONS.has(holder.name)
  ) {
    return { error: `a remove names one entity of ${COLLECTION_FORMS}` }
  }
  const list = at.containers[at.containers.length - 1]?.value
  return {
    listKeys: keysOf(at.steps.slice(0, -1)),
    items: Array.isArray(list) ? list : [],
    index: step.index,
  }
}

/** Why `entity` cannot join `collection`: not an object, no usable key, or a key already taken. */
export function insertProblem(collection: CollectionAt, entity: unknown): string | null {
  if (!isRecord(entity)) return `the inserted ${collection.noun} must be an object`
  const key = entity[collection.keyField]
  if (typeof key !== 'string')
    return `the inserted ${collection.noun} needs a text "${collection.keyField}"`
  const unusable = idProblem(key)
  if (unusable !== null) return `${collection.keyField} ${unusable}`
  const taken = collection.items.some((item) => isRecord(item) && item[collection.keyField] === key)
  return taken ? `${collection.keyField} "${key}" is already taken` : null
}

/** The path of the entity an insert adds: its collection's path and the entity's key. */
export function insertedEntityPath(collectionPath: string, entity: unknown): string | undefined {
  if (!isRecord(entity)) return undefined
  const key = typeof entity.id === 'string' ? entity.id : entity.featureId
  return typeof key === 'string' ? childPath(collectionPath, key) : undefined
}
