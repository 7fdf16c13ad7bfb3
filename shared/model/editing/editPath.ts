/**
 * Edit paths (see editTypes.ts): `workspace/<field>`, then collections addressed by id
 * (`features/support/steps/loop/inputTokens`), price points and overrides by index, mix and usage
 * entries by the id they refer to, plan maps by feature id. Exact ids only: no selectors.
 */
import type { PathKey } from '../copyOnWrite'
import type {
  ArrayNode,
  Field,
  ObjectNode,
  RecordNode,
  SchemaNode,
} from '../validation/schemaTypes'
import { isContainer } from '../validation/schemaTypes'
import { documentNode } from '../validation/docSchema'
import { isRecord } from '../validation/access'

const WORKSPACE = 'workspace'

/** One move from a container to something it holds. */
export type PathStep =
  | { kind: 'field'; name: string; field: Field }
  | { kind: 'item'; index: number }
  | { kind: 'entry'; key: string }

export type ContainerNode = ObjectNode | ArrayNode | RecordNode

export interface Container {
  node: ContainerNode
  value: unknown
}

/**
 * Where an edit path leads: the value there (undefined when absent), and for each step the
 * container it was taken from (the last one holds the value).
 */
export interface Location {
  steps: PathStep[]
  node: SchemaNode
  value: unknown
  containers: Container[]
}

export const parentOf = (location: Location): Container =>
  location.containers[location.containers.length - 1] as Container

export const lastStep = (location: Location): PathStep =>
  location.steps[location.steps.length - 1] as PathStep

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

/** The keys of a location, for reading and copy-on-write writing. */
export const keysOf = (steps: readonly PathStep[]): PathKey[] =>
  steps.map((step) =>
    step.kind === 'field' ? step.name : step.kind === 'item' ? step.index : step.key,
  )

export function resolveEditPath(doc: unknown, path: string): Location | { error: string } {
  const segments = path.split('/')
  if (segments.some((segment) => segment === '')) return { error: 'a path segment is empty' }
  const fromRoot = rootSegments(segments)
  if ('error' in fromRoot) return fromRoot
  const steps: PathStep[] = []
  const containers: Container[] = []
  let node: SchemaNode = documentNode
  let value: unknown = doc
  for (const [i, segment] of fromRoot.entries()) {
    const where = fromRoot.slice(0, i).join('/')
    if (!isContainer(node)) return { error: `${where} is a single value, it holds no "${segment}"` }
    // An absent map may gain its first entry; any other absent container stops the path.
    if (value === undefined && !(node.kind === 'record' && i === fromRoot.length - 1)) {
      return { error: `${where} is not set` }
    }
    const next = descend(node, value, segment, where)
    if ('error' in next) return next
    containers.push({ node, value })
    steps.push(next.step)
    node = next.node
    value = next.value
  }
  return { steps, node, value, containers }
}

/** The segments to walk from the document root: `workspace/name` → `name`. */
function rootSegments(segments: string[]): string[] | { error: string } {
  const [first, second] = segments as [string, string | undefined]
  if (first === WORKSPACE) {
    const field = second === undefined ? undefined : fieldOf(documentNode, second)
    if (segments.length !== 2 || !field || isContainer(field.node)) {
      return { error: 'expected workspace/<field> naming a single-value field such as name' }
    }
    return segments.slice(1)
  }
  if (fieldOf(documentNode, first)?.node.kind !== 'array') {
    const parts = [WORKSPACE, ...collectionNames()].join(', ')
    return { error: `"${first}" is not a part of a workspace (${parts})` }
  }
  return segments
}

interface Descent {
  step: PathStep
  node: SchemaNode
  value: unknown
}

function descend(
  node: ContainerNode,
  value: unknown,
  segment: string,
  where: string,
): Descent | { error: string } {
  switch (node.kind) {
    case 'object': {
      const field = fieldOf(node, segment)
      if (!field) return { error: `"${segment}" is not a field of ${where || WORKSPACE}` }
      const child = isRecord(value) ? value[segment] : undefined
      return { step: { kind: 'field', name: segment, field }, node: field.node, value: child }
    }
    case 'array': {
      if (!Array.isArray(value)) return { error: `${where} is not a list` }
      const index = indexOf(node, value, segment)
      if (index < 0) return { error: `${where} has no "${segment}"` }
      return { step: { kind: 'item', index }, node: node.item, value: value[index] }
    }
    case 'record': {
      if (value !== undefined && !isRecord(value)) return { error: `${where} is not a map` }
      // Writing this key would set the map's prototype instead of adding an entry.
      if (segment === '__proto__') return { error: `"${segment}" cannot be a key` }
      const child =
        value !== undefined && Object.hasOwn(value, segment) ? value[segment] : undefined
      return { step: { kind: 'entry', key: segment }, node: node.value, value: child }
    }
  }
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

/** The edit path of `steps` in `doc`, naming items by their current keys. */
export function renderEditPath(doc: unknown, steps: readonly PathStep[]): string {
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
      segments.push(key !== undefined && isRecord(item) ? String(item[key]) : String(step.index))
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
