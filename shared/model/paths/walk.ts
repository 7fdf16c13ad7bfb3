/**
 * The one reader of paths (DESIGN.md §4): edit paths, scenario override paths, and the collection
 * and entity paths of structural overrides (§4a) are all walked here, over the document schema.
 *
 *   `workspace/<field>`                          a single-value field of the workspace
 *   `<collection>/<id>/…`                        entities by their key (`id`; mix entries by
 *                                                `modelId`, usage rows by `featureId`)
 *   `models/<id>/prices/<index>/…`               price points (and overrides) by index
 *   `plans/<id>/includedUnits/<featureId>`       map entries by key
 *
 * Override paths may also select many: `*` for every item of a list, `provider:<name>` for the
 * models of one provider; a selector fans the walk out and an id under it filters each branch.
 * Builders for every path shape are in build.ts; nothing else should parse or concatenate paths.
 */
import type { PathKey } from '../copyOnWrite'
import type {
  ArrayNode,
  Field,
  ObjectNode,
  RecordNode,
  SchemaNode,
  TaggedNode,
} from '../validation/schemaTypes'
import { isContainer } from '../validation/schemaTypes'
import { documentNode } from '../validation/docSchema'
import { isRecord } from '../validation/access'

export const WORKSPACE = 'workspace'
export const WILDCARD = '*'
export const PROVIDER_PREFIX = 'provider:'

/** One move from a container to something it holds. */
export type PathStep =
  | { kind: 'field'; name: string; field: Field }
  /** `index` is -1 for an item a path names by key but the list does not hold (yet). */
  | { kind: 'item'; index: number; key?: string }
  | { kind: 'entry'; key: string }

export type ContainerNode = ObjectNode | ArrayNode | RecordNode

export interface Container {
  node: ContainerNode
  value: unknown
}

/**
 * Where a path leads: the value there (undefined when absent), and for each step the container it
 * was taken from (the last one holds the value).
 */
export interface Location {
  steps: PathStep[]
  node: SchemaNode
  value: unknown
  containers: Container[]
}

/**
 * How a walk reads a path. `edit`: exact keys, one location, every container present. `select`:
 * selectors allowed, branches without what the path names are dropped, and an item a path names
 * by key that is missing (a model not in a mix yet, a cohort's first use of a feature) is kept as
 * a location with `index: -1` for the caller to create or refuse.
 */
export type WalkMode = 'edit' | 'select'

export const parentOf = (location: Location): Container =>
  location.containers[location.containers.length - 1] as Container

export const lastStep = (location: Location): PathStep =>
  location.steps[location.steps.length - 1] as PathStep

/** The keys of a location, for reading and copy-on-write writing. */
export const keysOf = (steps: readonly PathStep[]): PathKey[] =>
  steps.map((step) =>
    step.kind === 'field' ? step.name : step.kind === 'item' ? step.index : step.key,
  )

/** The field name of the list a location's item (or item field) sits in: `steps`, `usage`, … */
export function collectionOf(location: Location, itemAt: number): string | undefined {
  const holder = location.steps[itemAt - 1]
  return holder?.kind === 'field' ? holder.name : undefined
}

/** A location's key among its siblings: an addressed item, or the key field of one. */
export interface KeyedPosition {
  field: string
  items: readonly unknown[]
  index: number
}

export function keyedPosition(location: Location): KeyedPosition | undefined {
  const n = location.steps.length
  const step = location.steps[n - 1]
  // The item itself, or one of its fields: then the array is two containers up.
  const itemAt = step?.kind === 'item' ? n - 1 : step?.kind === 'field' ? n - 2 : -1
  const itemStep = location.steps[itemAt]
  const array = location.containers[itemAt]
  if (itemStep?.kind !== 'item' || array?.node.kind !== 'array') return undefined
  const key = array.node.key
  if (!key?.addressed || (step?.kind === 'field' && step.name !== key.field)) return undefined
  const items = array.value as readonly unknown[]
  return { field: key.field, items, index: itemStep.index }
}

/** What an item of each list is called in messages: `no step "loop"`. */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  models: 'model',
  prices: 'price point',
  features: 'feature',
  steps: 'step',
  mix: 'model in the mix',
  components: 'component',
  plans: 'plan',
  cohorts: 'cohort',
  usage: 'usage of feature',
  selfHost: 'self-host option',
  scenarios: 'scenario',
  overrides: 'override',
}

export const itemNoun = (collection: string): string => ITEM_NOUNS[collection] ?? 'item'

/** The single location an exact path names (edits), or why it names none. */
export function resolveEditPath(doc: unknown, path: string): Location | { error: string } {
  const walked = walkPath(doc, path, 'edit')
  if ('error' in walked) return walked
  const [location] = walked
  return location ?? { error: 'names nothing in this workspace' }
}

/** Every location a path names (one for an exact path), or why it names none. */
export function walkPath(
  doc: unknown,
  path: string,
  mode: WalkMode,
): Location[] | { error: string } {
  const segments = path.split('/')
  if (segments.some((segment) => segment === '')) return { error: 'a path segment is empty' }
  const fromRoot = rootSegments(segments, mode)
  if ('error' in fromRoot) return fromRoot
  let frontier: Location[] = [{ steps: [], node: documentNode, value: doc, containers: [] }]
  // Where the walk stands, for messages (built only when one is needed) and for the list an item
  // segment is read from (the field named just before it). One object, moved along.
  const where: WalkPosition = { segments: fromRoot, index: 0, collection: '' }
  for (const [i, segment] of fromRoot.entries()) {
    where.index = i
    const node = frontier[0]?.node
    if (node === undefined) break
    if (!isContainer(node)) {
      return { error: `${whereText(where)} is a single value, it holds no "${segment}"` }
    }
    const last = i === fromRoot.length - 1
    const next: Location[] = []
    for (const location of frontier) {
      // An absent map may gain its first entry; any other absent container ends the path in an
      // edit, and in a selection only drops this branch (a price point without a long-context tier).
      if (location.value === undefined && !(node.kind === 'record' && last)) {
        if (mode === 'edit') return { error: `${whereText(where)} is not set` }
        continue
      }
      const descended = descend(doc, node, location.value, segment, where, mode)
      if ('error' in descended) {
        // Under a selector, a branch without the named item is simply not selected.
        if (frontier.length > 1) continue
        return descended
      }
      // One way on: the location moves in place; a fan-out copies what each branch shares.
      const fansOut = descended.length > 1
      for (const { step, node: child, value } of descended) {
        const moving = fansOut
          ? { ...location, steps: [...location.steps], containers: [...location.containers] }
          : location
        moving.containers.push({ node, value: location.value })
        moving.steps.push(step)
        moving.node = child.kind === 'tagged' ? variantOf(child, value) : child
        moving.value = value
        next.push(moving)
      }
    }
    frontier = next
    where.collection = segment
  }
  return frontier.length === 0 ? { error: 'names nothing in this workspace' } : frontier
}

/**
 * The shape a tagged object has: the variant its tag names, or, for a tag no variant has, every
 * variant's fields at once, so an edit can still reach the tag (or anything else) to repair it.
 */
function variantOf(node: TaggedNode, value: unknown): ObjectNode {
  const tag = isRecord(value) ? value[node.tag] : undefined
  if (typeof tag === 'string' && Object.hasOwn(node.variants, tag)) {
    return node.variants[tag] as ObjectNode
  }
  const fields = Object.assign({}, ...Object.values(node.variants).map((variant) => variant.fields))
  return { kind: 'object', fields }
}

/** The segments to walk from the document root: `workspace/name` → `name`. */
function rootSegments(segments: string[], mode: WalkMode): string[] | { error: string } {
  const [first, second] = segments as [string, string | undefined]
  if (first === WORKSPACE) {
    const field = second === undefined ? undefined : fieldOf(documentNode, second)
    if (segments.length !== 2 || !field || isContainer(field.node)) {
      return { error: 'expected workspace/<field> naming a single-value field such as name' }
    }
    return segments.slice(1)
  }
  // Scenarios are edited, never overridden by another scenario.
  const selectable = mode === 'edit' || first !== 'scenarios'
  if (!selectable || fieldOf(documentNode, first)?.node.kind !== 'array') {
    const collections = collectionNames().filter((name) => mode === 'edit' || name !== 'scenarios')
    const parts = [WORKSPACE, ...collections].join(', ')
    return { error: `"${first}" is not a part of a workspace (${parts})` }
  }
  return segments
}

interface WalkPosition {
  segments: readonly string[]
  /** The segment being read. */
  index: number
  collection: string
}

/** The path read so far: `features/support/steps`. */
const whereText = (where: WalkPosition): string => where.segments.slice(0, where.index).join('/')

interface Descent {
  step: PathStep
  node: SchemaNode
  value: unknown
}

function descend(
  doc: unknown,
  node: ContainerNode,
  value: unknown,
  segment: string,
  where: WalkPosition,
  mode: WalkMode,
): Descent[] | { error: string } {
  switch (node.kind) {
    case 'object': {
      const field = fieldOf(node, segment)
      if (!field)
        return { error: `"${segment}" is not a field of ${whereText(where) || WORKSPACE}` }
      const child = isRecord(value) ? value[segment] : undefined
      return [{ step: { kind: 'field', name: segment, field }, node: field.node, value: child }]
    }
    case 'array': {
      if (!Array.isArray(value)) return { error: `${whereText(where)} is not a list` }
      const { collection } = where
      const chosen = mode === 'select' ? selected(value, segment, collection) : undefined
      if (chosen !== undefined) {
        if ('error' in chosen) return chosen
        return chosen.map((index) => ({
          step: { kind: 'item', index },
          node: node.item,
          value: value[index],
        }))
      }
      if (mode === 'edit' && isSelector(segment)) {
        return { error: `"${segment}" selects many items; an edit names one by its key` }
      }
      const index = indexOf(node, value, segment)
      if (index >= 0)
        return [{ step: { kind: 'item', index }, node: node.item, value: value[index] }]
      const creatable = mode === 'select' ? CREATABLE_ITEMS[collection] : undefined
      if (creatable !== undefined) {
        if (!hasEntity(doc, creatable, segment)) {
          return { error: `no ${itemNoun(creatable)} "${segment}"` }
        }
        // Kept for the caller: a share for a model not in the mix yet, a first use of a feature.
        return [{ step: { kind: 'item', index: -1, key: segment }, node: node.item, value: {} }]
      }
      if (node.key?.addressed) return { error: `no ${itemNoun(collection)} "${segment}"` }
      if (!/^\d+$/.test(segment)) {
        return { error: `"${segment}" is not a ${itemNoun(collection)} index (0, 1, …)` }
      }
      return { error: `${whereText(where)} has no "${segment}"` }
    }
    case 'record': {
      if (value !== undefined && !isRecord(value))
        return { error: `${whereText(where)} is not a map` }
      // Writing this key would set the map's prototype instead of adding an entry.
      if (segment === '__proto__') return { error: `"${segment}" cannot be a key` }
      if (mode === 'select' && !hasEntity(doc, node.keyRef, segment)) {
        return { error: `no ${itemNoun(node.keyRef)} "${segment}"` }
      }
      const child =
        value !== undefined && Object.hasOwn(value, segment) ? value[segment] : undefined
      return [{ step: { kind: 'entry', key: segment }, node: node.value, value: child }]
    }
  }
}

/**
 * Lists whose missing items an override may name, by the collection their key refers to: setting
 * a mix share adds the model to the mix (§4), a usage field creates the cohort's use (§4a).
 */
const CREATABLE_ITEMS: Readonly<Record<string, string>> = { mix: 'models', usage: 'features' }

/** The indexes a selector picks (`*`, `provider:<name>`), or undefined for a plain key or index. */
function selected(
  items: readonly unknown[],
  segment: string,
  collection: string,
): number[] | { error: string } | undefined {
  if (segment === WILDCARD) return items.map((_item, index) => index)
  if (collection !== 'models' || !segment.startsWith(PROVIDER_PREFIX)) return undefined
  const provider = segment.slice(PROVIDER_PREFIX.length)
  const indexes = items.flatMap((item, index) =>
    isRecord(item) && item.provider === provider ? [index] : [],
  )
  return indexes.length > 0 ? indexes : { error: `no model from provider "${provider}"` }
}

const isSelector = (segment: string): boolean =>
  segment === WILDCARD || segment.startsWith(PROVIDER_PREFIX)

function hasEntity(doc: unknown, collection: string, id: string): boolean {
  const items = isRecord(doc) ? doc[collection] : undefined
  return Array.isArray(items) && items.some((item) => isRecord(item) && item.id === id)
}

/** The position `segment` names: an item's key where items are addressed by key, else an index. */
function indexOf(node: ArrayNode, items: readonly unknown[], segment: string): number {
  const key = node.key
  if (key?.addressed)
    return items.findIndex((item) => isRecord(item) && item[key.field] === segment)
  if (!/^\d+$/.test(segment)) return -1
  const index = Number(segment)
  return index < items.length ? index : -1
}

/** The path of `steps` in `doc`, naming items by their current keys. */
export function renderPath(doc: unknown, steps: readonly PathStep[]): string {
  const segments: string[] = []
  let node: SchemaNode = documentNode
  let value: unknown = doc
  for (const step of steps) {
    if (step.kind === 'field') {
      if (node === documentNode && !isContainer(step.field.node)) segments.push(WORKSPACE)
      segments.push(step.name)
      node = step.field.node
      value = isRecord(value) ? value[step.name] : undefined
    } else if (step.kind === 'item') {
      const items = Array.isArray(value) ? value : []
      const key = node.kind === 'array' && node.key?.addressed ? node.key.field : undefined
      const item: unknown = items[step.index]
      const named = key !== undefined && isRecord(item) ? String(item[key]) : undefined
      segments.push(named ?? step.key ?? String(step.index))
      node = node.kind === 'array' ? node.item : node
      value = item
    } else {
      segments.push(step.key)
      node = node.kind === 'record' ? node.value : node
      value = isRecord(value) ? value[step.key] : undefined
    }
  }
  return segments.join('/')
}

function fieldOf(node: ObjectNode, name: string): Field | undefined {
  return Object.hasOwn(node.fields, name) ? node.fields[name] : undefined
}

function collectionNames(): string[] {
  return Object.entries(documentNode.fields)
    .filter(([, field]) => field.node.kind === 'array')
    .map(([name]) => name)
}

/** The value an exact path names (undefined when absent or when the path names nothing). */
export function valueAt(doc: unknown, path: string): unknown {
  const at = resolveEditPath(doc, path)
  return 'error' in at ? undefined : at.value
}

/** One segment of a path as the schema reads it, without a document. */
export type SegmentRole =
  /** A field of an object: `pricePerUnit`, `steps`. */
  | { segment: string; role: 'field' }
  /** An item of a list by key, index or selector; `collection` is the list's field name. */
  | { segment: string; role: 'item'; collection: string }
  /** A map entry; its key is an id of `keyRef` (a plan's `includedUnits/<featureId>`). */
  | { segment: string; role: 'entry'; keyRef: string }

/**
 * The role of each segment of `path` (after a `workspace/` prefix), read from the schema alone:
 * for code that must know which segment is which entity's key without walking a document (an
 * override naming what a scenario inserts exists in no baseline). Undefined for a path the schema
 * cannot read.
 */
export function segmentRoles(path: string): SegmentRole[] | undefined {
  return schemaWalk(path)?.roles
}

/** The schema node a path leads to (for a collection's path, its list node). */
export function schemaNodeAt(path: string): SchemaNode | undefined {
  return schemaWalk(path)?.node
}

function schemaWalk(path: string): { roles: SegmentRole[]; node: SchemaNode } | undefined {
  const segments = path.split('/')
  const fromRoot = rootSegments(segments, 'edit')
  if ('error' in fromRoot) return undefined
  const roles: SegmentRole[] = []
  let node: SchemaNode = documentNode
  let collection = ''
  for (const segment of fromRoot) {
    if (node.kind === 'tagged') node = variantOf(node, undefined)
    if (node.kind === 'object') {
      const field = fieldOf(node, segment)
      if (field === undefined) return undefined
      roles.push({ segment, role: 'field' })
      collection = segment
      node = field.node
    } else if (node.kind === 'array') {
      roles.push({ segment, role: 'item', collection })
      node = node.item
    } else if (node.kind === 'record') {
      roles.push({ segment, role: 'entry', keyRef: node.keyRef })
      node = node.value
    } else {
      return undefined
    }
  }
  return { roles, node }
}
