/**
 * Walks a value against its schema node and reports every problem, never stopping at the first.
 * Paths name entities by id where they have one: `features[support].steps[loop].mix`.
 */
import {
  isContainer,
  type ArrayNode,
  type Field,
  type ItemKey,
  type ObjectNode,
  type RecordNode,
  type SchemaNode,
  type TaggedNode,
} from './schemaTypes'
import type { ReferenceIds } from './referenceIds'
import { DOCUMENT_PATH, fieldPath, itemPath, type ProblemSink } from './problemSink'
import { REFERENCE_NOUNS } from './docSchema'
import { describeRange, isInRange } from './ranges'
import { describeValue } from './describeValue'
import { isCalendarDate, isYearMonth } from './dates'
import { idProblem } from './ids'
import { isRecord } from './access'
import { textProblem } from './textRules'

export interface WalkContext {
  sink: ProblemSink
  ids: ReferenceIds
}

/**
 * Every check function takes the value's `twin`: the value at the same place in a document known
 * to be valid, if any. A scenario's document shares every object its overrides did not touch with
 * the valid baseline, and every rule is local to its container (ids, which references need, are
 * the same in both), so a container identical to its twin needs no second walk.
 */
type Twin = unknown

const twinField = (twin: Twin, name: string): Twin => (isRecord(twin) ? twin[name] : undefined)
const twinItem = (twin: Twin, index: number): Twin =>
  Array.isArray(twin) ? twin[index] : undefined

export function checkValue(
  node: SchemaNode,
  value: unknown,
  path: string,
  ctx: WalkContext,
  twin?: Twin,
): void {
  const { sink } = ctx
  if (typeof value === 'string' && holdsText(node)) {
    const problem = textProblem(value)
    if (problem !== null) {
      // Free text and ids are still text; a fixed value (enum, literal, date) has the wrong shape.
      if (node.kind === 'string' || node.kind === 'id' || node.kind === 'ref')
        sink.add(path, problem)
      else sink.addShape(path, problem)
      return
    }
  }
  switch (node.kind) {
    case 'object':
      return checkObject(node, value, path, ctx, { twin })
    case 'array':
      return checkArray(node, value, path, ctx, twin)
    case 'record':
      return checkRecord(node, value, path, ctx, twin)
    case 'tagged':
      return checkTagged(node, value, path, ctx, twin)
    case 'entity':
      if (!isRecord(value)) sink.addShape(path, `expected an object, got ${describeValue(value)}`)
      return
    case 'literal':
      if (value !== node.value) {
        sink.addShape(path, `expected ${JSON.stringify(node.value)}, got ${describeValue(value)}`)
      }
      return
    case 'string':
      if (typeof value !== 'string')
        sink.addShape(path, `expected text, got ${describeValue(value)}`)
      return
    case 'boolean':
      if (typeof value !== 'boolean')
        sink.addShape(path, `expected true or false, got ${describeValue(value)}`)
      return
    case 'id': {
      if (typeof value !== 'string')
        return sink.addShape(path, `expected an id, got ${describeValue(value)}`)
      const problem = idProblem(value)
      if (problem !== null) sink.add(path, problem)
      return
    }
    case 'ref':
      if (typeof value !== 'string') {
        sink.addShape(path, `expected an id, got ${describeValue(value)}`)
      } else if (!ctx.ids[node.to].has(value)) {
        sink.add(path, `unknown ${REFERENCE_NOUNS[node.to]} "${value}"`)
      }
      return
    case 'enum':
      if (typeof value !== 'string' || !node.values.includes(value)) {
        const expected = node.values.join(', ')
        sink.addShape(path, `expected one of ${expected}, got ${describeValue(value)}`)
      }
      return
    case 'number':
      if (typeof value !== 'number') {
        sink.addShape(path, `expected a number, got ${describeValue(value)}`)
      } else if (!Number.isFinite(value)) {
        sink.addShape(path, `expected a finite number, got ${value}`)
      } else if (!isInRange(value, node.range)) {
        sink.add(path, `${describeRange(node.range)}, got ${value}`)
      }
      return
    case 'date': {
      const valid = node.format === 'YYYY-MM' ? isYearMonth : isCalendarDate
      if (typeof value !== 'string' || !valid(value)) {
        sink.addShape(path, `expected a real date as ${node.format}, got ${describeValue(value)}`)
      }
      return
    }
  }
}

function checkTagged(
  node: TaggedNode,
  value: unknown,
  path: string,
  ctx: WalkContext,
  twin: Twin,
): void {
  const tag = isRecord(value) ? value[node.tag] : undefined
  const unreadable = typeof tag === 'string' ? textProblem(tag) : null
  if (unreadable !== null) return ctx.sink.addShape(fieldPath(path, node.tag), unreadable)
  const variant =
    typeof tag === 'string' && Object.hasOwn(node.variants, tag) ? node.variants[tag] : undefined
  if (isRecord(value) && variant === undefined) {
    const expected = Object.keys(node.variants).join(', ')
    ctx.sink.addShape(
      fieldPath(path, node.tag),
      `expected one of ${expected}, got ${describeValue(tag)}`,
    )
    return
  }
  checkObject(variant ?? { kind: 'object', fields: {} }, value, path, ctx, { twin })
}

/** Nodes whose value is a string: every one is held to the rules of textRules.ts first. */
function holdsText(node: SchemaNode): boolean {
  return !isContainer(node) && node.kind !== 'number'
}

/** An absent (undefined) value is fine for an optional field and a problem for a required one. */
export function checkField(
  field: Field,
  value: unknown,
  path: string,
  ctx: WalkContext,
  twin?: Twin,
): void {
  if (value !== undefined) checkValue(field.node, value, path, ctx, twin)
  else if (!field.optional) ctx.sink.addShape(path, 'required field is missing')
}

/** Each node's fields as a list, made once: listing them per visited object showed in profiles. */
const fieldLists = new WeakMap<ObjectNode, [string, Field][]>()

function fieldsOf(node: ObjectNode): [string, Field][] {
  let fields = fieldLists.get(node)
  if (fields === undefined) {
    fields = Object.entries(node.fields)
    fieldLists.set(node, fields)
  }
  return fields
}

/** `except` skips one known field (the validator checks scenarios on their own). */
export function checkObject(
  node: ObjectNode,
  value: unknown,
  path: string,
  ctx: WalkContext,
  { except, twin }: { except?: string; twin?: Twin } = {},
): void {
  if (!isRecord(value)) {
    ctx.sink.addShape(path || DOCUMENT_PATH, `expected an object, got ${describeValue(value)}`)
    return
  }
  if (value === twin) return
  for (const [name, field] of fieldsOf(node)) {
    if (name === except) continue
    checkField(field, value[name], fieldPath(path, name), ctx, twinField(twin, name))
  }
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(node.fields, name)) {
      ctx.sink.addShape(fieldPath(path, name), 'unknown property')
    }
  }
}

function checkArray(
  node: ArrayNode,
  value: unknown,
  path: string,
  ctx: WalkContext,
  twin: Twin,
): void {
  if (!Array.isArray(value)) {
    ctx.sink.addShape(path, `expected a list, got ${describeValue(value)}`)
    return
  }
  if (value === twin) return
  if (node.nonEmpty !== undefined && value.length === 0) ctx.sink.add(path, node.nonEmpty)
  const key = node.key
  if (key !== undefined) reportDuplicateKeys(key, value, path, ctx.sink)
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index]
    const label = itemLabel(key, item, index)
    checkValue(node.item, item, itemPath(path, label), ctx, twinItem(twin, index))
  }
  for (const rule of node.rules ?? []) rule(value, path, ctx.sink.add)
}

/**
 * An item's label in a path: its key when the key addresses items and is usable, else its index
 * (`features[0].id` names an item whose id is blank, ill-formed or holds a control character).
 */
export function itemLabel(key: ItemKey | undefined, item: unknown, index: number): string | number {
  if (key?.addressed && isRecord(item)) {
    const label = item[key.field]
    if (typeof label === 'string' && label.trim() !== '' && textProblem(label) === null) {
      return label
    }
  }
  return index
}

function reportDuplicateKeys(
  key: ItemKey,
  items: readonly unknown[],
  path: string,
  sink: ProblemSink,
): void {
  const seen = new Set<unknown>()
  const repeated = new Set<string>()
  for (const item of items) {
    const value = isRecord(item) ? item[key.field] : undefined
    if (typeof value !== 'string') continue
    if (seen.has(value)) repeated.add(value)
    else seen.add(value)
  }
  // Rare, so positions are only worked out for keys that do repeat.
  for (const value of repeated) {
    const at = items.flatMap((item, index) =>
      isRecord(item) && item[key.field] === value ? [index] : [],
    )
    const second = at[1] as number
    const label = itemLabel(key, items[second], second)
    sink.add(itemPath(path, label), `duplicate ${key.noun} "${value}": listed ${at.length} times`)
  }
}

function checkRecord(
  node: RecordNode,
  value: unknown,
  path: string,
  ctx: WalkContext,
  twin: Twin,
): void {
  if (!isRecord(value)) {
    ctx.sink.addShape(
      path,
      `expected an object keyed by ${REFERENCE_NOUNS[node.keyRef]} id, got ${describeValue(value)}`,
    )
    return
  }
  if (value === twin) return
  let position = 0
  for (const [key, entry] of Object.entries(value)) {
    position++
    // Such a key cannot name its entry in a path: the problem is the record's, by position.
    const keyProblem = textProblem(key)
    if (keyProblem !== null) {
      ctx.sink.add(path, `key ${position} ${keyProblem}`)
      continue
    }
    const entryPath = itemPath(path, key)
    if (!ctx.ids[node.keyRef].has(key)) {
      ctx.sink.add(entryPath, `unknown ${REFERENCE_NOUNS[node.keyRef]} "${key}"`)
    }
    checkValue(node.value, entry, entryPath, ctx, twinField(twin, key))
  }
}
