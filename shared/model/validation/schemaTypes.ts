/**
 * A small declarative description of the workspace document (DESIGN.md §2). One schema drives
 * both the validator (types, ranges, references, duplicates) and edit paths (which collections
 * are addressed by id, which fields may be removed), so the two can never disagree.
 */

/** Top-level collections whose ids other entities refer to. */
export type ReferencedCollection = 'models' | 'features' | 'plans' | 'scenarios'

/** Bounds of a numeric field; absent bounds are open. */
export interface NumberRange {
  min?: number
  minExclusive?: boolean
  max?: number
  maxExclusive?: boolean
  integer?: boolean
}

/** How the items of an array are told apart: by a field (`id`, `modelId`, …) or by position. */
export interface ItemKey {
  field: string
  /** Names the key in messages: `duplicate model "gpt-4o"`. */
  noun: string
  /** True when edit paths and problem paths address items by this field rather than by index. */
  addressed: boolean
}

/** A check across the items of one array (e.g. mix shares summing to 100). */
export type ArrayRule = (
  items: readonly unknown[],
  path: string,
  report: (path: string, message: string) => void,
) => void

export interface Field {
  node: SchemaNode
  optional: boolean
}

export interface ObjectNode {
  kind: 'object'
  fields: Readonly<Record<string, Field>>
}

export interface ArrayNode {
  kind: 'array'
  item: SchemaNode
  key?: ItemKey
  /** The message when the array is empty, for arrays that need at least one item. */
  nonEmpty?: string
  rules?: readonly ArrayRule[]
}

/** An object used as a map, keyed by the ids of a collection (a plan's includedUnits). */
export interface RecordNode {
  kind: 'record'
  keyRef: ReferencedCollection
  value: SchemaNode
}

/**
 * An object whose shape depends on one of its fields (the tag): a scenario override's `value` is
 * a number for `set`, an entity for `insert` and absent for `remove`.
 */
export interface TaggedNode {
  kind: 'tagged'
  tag: string
  variants: Readonly<Record<string, ObjectNode>>
}

export type SchemaNode =
  | { kind: 'literal'; value: string | number }
  /**
   * An entity held as a value (what a scenario inserts): any object here; it is checked as the
   * entity it is once its scenario puts it in its collection.
   */
  | { kind: 'entity' }
  | TaggedNode
  /** `overridePath`: the text is an override path (a range's), so a renamed id follows into it. */
  | { kind: 'string'; overridePath?: true }
  | { kind: 'boolean' }
  /** An entity's own id: a string that edit and override paths can address. */
  | { kind: 'id' }
  | { kind: 'ref'; to: ReferencedCollection }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'number'; range: NumberRange }
  | { kind: 'date'; format: 'YYYY-MM' | 'YYYY-MM-DD' }
  | ObjectNode
  | ArrayNode
  | RecordNode

/** True for nodes that hold other values (edit paths can go through them). */
export function isContainer(node: SchemaNode): node is ObjectNode | ArrayNode | RecordNode {
  return node.kind === 'object' || node.kind === 'array' || node.kind === 'record'
}

/** The number an override or range path sets: the field itself, or a mix entry's share. */
export function overriddenNumber(
  node: SchemaNode,
): Extract<SchemaNode, { kind: 'number' }> | undefined {
  const inner = node.kind === 'object' ? node.fields.sharePct?.node : node
  return inner?.kind === 'number' ? inner : undefined
}
