/**
 * The three plain edits, each applied to a draft and answered with the edit that undoes it (or
 * why it cannot be applied). Cascading deletes are built from these.
 */
import type { Edit, JsonValue } from '../editTypes'
import type { DocDraft } from './docDraft'
import {
  keyedPosition,
  keysOf,
  lastStep,
  parentOf,
  renderPath,
  resolveEditPath,
  type KeyedPosition,
  type PathStep,
} from '../paths/walk'
import { withInserted, withoutIndex, withoutKey } from './containers'
import { idProblem } from '../validation/ids'
import { isRecord } from '../validation/access'
import { asJson } from './json'

export type Outcome = { inverse: Edit } | { error: string }

export function applySet(draft: DocDraft, path: string, value: JsonValue): Outcome {
  const at = resolveEditPath(draft.doc, path)
  if ('error' in at) return at
  const step = lastStep(at)
  const keys = keysOf(at.steps)
  if (value === null) {
    if (step.kind === 'item') return { error: 'a list item cannot be set to null: delete it' }
    if (step.kind === 'field' && !step.field.optional) {
      return { error: `"${step.name}" is required and cannot be removed` }
    }
    const parent = parentOf(at).value
    if (at.value !== undefined && isRecord(parent)) {
      draft.set(keys.slice(0, -1), withoutKey(parent, keys[keys.length - 1] as string))
    }
    return { inverse: { op: 'set', path, value: asJson(at.value) } }
  }
  const keyed = keyedPosition(at)
  const newKey = keyed && step.kind === 'item' ? keyOf(keyed, value) : value
  const problem = keyed ? keyProblem(keyed, newKey) : null
  if (problem !== null) return { error: problem }
  if (step.kind === 'entry' && parentOf(at).value === undefined) {
    return setFirstEntry(draft, at.steps.slice(0, -1), step.key, value)
  }
  draft.set(keys, value)
  // A new key renames the item: the undoing edit must find it under its new name.
  return {
    inverse: { op: 'set', path: renderPath(draft.doc, at.steps), value: asJson(at.value) },
  }
}

/** An absent map gains its first entry; undoing removes the whole map, as it was. */
function setFirstEntry(
  draft: DocDraft,
  mapSteps: PathStep[],
  key: string,
  value: JsonValue,
): Outcome {
  draft.set(keysOf(mapSteps), { [key]: value })
  return { inverse: { op: 'set', path: renderPath(draft.doc, mapSteps), value: null } }
}

export function applyInsert(
  draft: DocDraft,
  path: string,
  value: JsonValue,
  index: number | undefined,
): Outcome {
  const at = resolveEditPath(draft.doc, path)
  if ('error' in at) return at
  if (at.node.kind !== 'array' || !Array.isArray(at.value))
    return { error: `${path} is not a list` }
  const items: readonly unknown[] = at.value
  const position = index ?? items.length
  if (!Number.isInteger(position) || position < 0 || position > items.length) {
    return { error: `index ${position} is outside 0..${items.length}` }
  }
  const key = at.node.key?.addressed ? at.node.key.field : undefined
  if (key !== undefined) {
    const keyed: KeyedPosition = { field: key, items, index: -1 }
    const problem = keyProblem(keyed, keyOf(keyed, value))
    if (problem !== null) return { error: problem }
  }
  draft.set(keysOf(at.steps), withInserted(items, position, value))
  const segment = key !== undefined && isRecord(value) ? String(value[key]) : String(position)
  return { inverse: { op: 'delete', path: `${renderPath(draft.doc, at.steps)}/${segment}` } }
}

/** Deletes a list item or a map entry, nothing else: references to it are left as they are. */
export function applyDelete(draft: DocDraft, path: string): Outcome {
  const at = resolveEditPath(draft.doc, path)
  if ('error' in at) return at
  const step = lastStep(at)
  const parent = parentOf(at).value
  const parentSteps = at.steps.slice(0, -1)
  if (step.kind === 'field') {
    return { error: `${path} is a field, not an item: set it to null to remove it` }
  }
  if (step.kind === 'entry') {
    if (at.value === undefined || !isRecord(parent)) return { error: `${path} is not set` }
    draft.set(keysOf(parentSteps), withoutKey(parent, step.key))
    return { inverse: { op: 'set', path, value: asJson(at.value) } }
  }
  draft.set(keysOf(parentSteps), withoutIndex(parent as readonly unknown[], step.index))
  const collection = renderPath(draft.doc, parentSteps)
  return { inverse: { op: 'insert', path: collection, value: asJson(at.value), index: step.index } }
}

function keyOf(keyed: KeyedPosition, item: unknown): unknown {
  return isRecord(item) ? item[keyed.field] : undefined
}

/** Items addressed by key need a usable key that no sibling already has. */
function keyProblem(keyed: KeyedPosition, key: unknown): string | null {
  if (typeof key !== 'string') return `needs a text "${keyed.field}"`
  const unusable = idProblem(key)
  if (unusable !== null) return `${keyed.field} ${unusable}`
  const taken = keyed.items.some(
    (item, index) => index !== keyed.index && isRecord(item) && item[keyed.field] === key,
  )
  return taken ? `${keyed.field} "${key}" is already taken` : null
}
