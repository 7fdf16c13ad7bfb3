/**
 * Ids that follow names (issue #10): an entity renamed while its id is still the one the app made
 * from its name (`new-feature`, `new-cohort-2`, `chat-copy`) gets the id of its new name, and every
 * reference to it moves along: references the schema marks (a mix's model, a cohort's plan and
 * usage, a plan's per-feature terms, a parent scenario), override paths, and the entities
 * scenarios insert. An id someone typed or imported never changes: files, scripts and the CLI may
 * know it.
 */
import type { Edit } from './editTypes'
import { asJson } from './editing/json'
import { uniqueId } from './freeNames'
import { slugify } from '../report/fileNames'
import { childPath, parentPath } from './paths/build'
import { collectionOf, resolveEditPath, schemaNodeAt, segmentRoles } from './paths/walk'
import type { Override, WorkspaceDoc } from './types'
import { isRecord } from './validation/access'
import { documentNode } from './validation/docSchema'
import type { SchemaNode } from './validation/schemaTypes'

/** An id being renamed: in which list (and, for steps and components, under which feature). */
export interface Rename {
  collection: string
  /** The entity's own path, `features/support/steps/loop`. */
  entityPath: string
  oldId: string
  newId: string
}

/** Whether an id is one the app made from this name or as a copy, rather than one a person chose. */
export function isMadeFromName(id: string, name: string): boolean {
  // Numbered either way: "New cohort 2" → new-cohort-2, and a second "Chat" → chat-2.
  const base = id.replace(/-\d+$/, '')
  const made = slugify(name)
  return id === made || base === made || base === made.replace(/-\d+$/, '') || /-copy$/.test(base)
}

/**
 * The id a renamed entity takes: its new name's (numbered if a sibling has it), when its id is
 * one the app made from its old name and the new name makes another; undefined when it keeps it.
 */
export function followingId(
  id: string,
  oldName: string,
  newName: string,
  siblingIds: readonly string[],
): string | undefined {
  if (!isMadeFromName(id, oldName) || slugify(newName) === id.replace(/-\d+$/, '')) return undefined
  return uniqueId(
    slugify(newName),
    siblingIds.filter((sibling) => sibling !== id),
  )
}

/** Top-level lists whose ids a scenario or the CLI may name: only these, and steps/components. */
const RENAMEABLE = new Set([
  'models',
  'features',
  'plans',
  'cohorts',
  'selfHost',
  'steps',
  'components',
])

const fieldsOf = (doc: WorkspaceDoc): Record<string, unknown> =>
  doc as unknown as Record<string, unknown>

/** The ids of a list's items, read defensively. */
export const idsOf = (items: readonly unknown[]): string[] =>
  items.flatMap((item) => (isRecord(item) && typeof item.id === 'string' ? [item.id] : []))

/** An id that followed its entity's new name: in which list, from what, to what. */
export interface MovedId {
  /** The list's field name: `features`, `steps`, … */
  collection: string
  oldId: string
  newId: string
}

export interface Renaming {
  edits: Edit[]
  /** Present when the id followed the name. */
  moved?: MovedId
}

/**
 * The edits that rename the entity at `entityPath` to `newName` and, when its id follows its name,
 * give it the new name's id everywhere. Only the name edit for any other entity.
 */
export function renameEdits(doc: WorkspaceDoc, entityPath: string, newName: string): Renaming {
  const nameOnly: Renaming = {
    edits: [{ op: 'set', path: childPath(entityPath, 'name'), value: newName }],
  }
  const at = resolveEditPath(doc, entityPath)
  if ('error' in at || !isRecord(at.value)) return nameOnly
  const { id, name } = at.value
  const collection = collectionOf(at, at.steps.length - 1) ?? ''
  if (typeof id !== 'string' || typeof name !== 'string' || !RENAMEABLE.has(collection)) {
    return nameOnly
  }
  const siblings = (at.containers[at.containers.length - 1]?.value ?? []) as { id?: string }[]
  const newId = followingId(id, name, newName, idsOf(siblings))
  if (newId === undefined) return nameOnly
  const renamed = renamedDoc(doc, { collection, entityPath, oldId: id, newId })
  const before = fieldsOf(doc)
  const after = fieldsOf(renamed)
  // Whole collections are set: the rename touches rows all over them, undone as one.
  const moved = Object.keys(documentNode.fields).filter((key) => after[key] !== before[key])
  const newPath = childPath(parentPath(entityPath), newId)
  return {
    edits: [
      ...moved.map((key): Edit => ({ op: 'set', path: key, value: asJson(after[key]) })),
      { op: 'set', path: childPath(newPath, 'name'), value: newName },
    ],
    moved: { collection, oldId: id, newId },
  }
}

/** The document with the id renamed in the entity and everything that refers to it. */
function renamedDoc(doc: WorkspaceDoc, rename: Rename): WorkspaceDoc {
  return rewrite(documentNode, doc, rename, '') as WorkspaceDoc
}

/** Overrides (a scenario's own) with the id renamed in their paths and inserted entities. */
export function renamedOverrides(overrides: readonly Override[], rename: Rename): Override[] {
  return overrides.map((override) => rewriteOverride(override, rename) as Override)
}

/** Walks a value along its schema, copying only what changes. */
function rewrite(node: SchemaNode, value: unknown, rename: Rename, path: string): unknown {
  switch (node.kind) {
    case 'ref':
      return node.to === rename.collection && value === rename.oldId ? rename.newId : value
    case 'id':
      return path === rename.entityPath && value === rename.oldId ? rename.newId : value
    case 'record':
      return rewriteRecord(node.keyRef, value, rename)
    case 'array':
      return rewriteList(node, value, rename, path)
    case 'object':
      return rewriteObject(node.fields, value, rename, path)
    case 'tagged':
      return rewriteOverride(value, rename)
    case 'string':
      return node.overridePath && typeof value === 'string' ? renamedPath(value, rename) : value
    default:
      return value
  }
}

function rewriteObject(
  fields: Readonly<Record<string, { node: SchemaNode }>>,
  value: unknown,
  rename: Rename,
  path: string,
): unknown {
  if (!isRecord(value)) return value
  let copy: Record<string, unknown> | undefined
  for (const [name, field] of Object.entries(fields)) {
    if (!(name in value)) continue
    const next = rewrite(
      field.node,
      value[name],
      rename,
      name === 'id' ? path : childPath(path, name).replace(/^\//, ''),
    )
    if (next !== value[name]) (copy ??= { ...value })[name] = next
  }
  return copy ?? value
}

function rewriteList(
  node: SchemaNode & { kind: 'array' },
  value: unknown,
  rename: Rename,
  path: string,
): unknown {
  if (!Array.isArray(value)) return value
  const key = node.key?.addressed ? node.key.field : undefined
  let changed = false
  const items = value.map((item: unknown, index) => {
    const segment = key !== undefined && isRecord(item) ? String(item[key]) : String(index)
    const next = rewrite(node.item, item, rename, childPath(path, segment))
    changed ||= next !== item
    return next
  })
  return changed ? items : value
}

function rewriteRecord(keyRef: string, value: unknown, rename: Rename): unknown {
  if (!isRecord(value) || keyRef !== rename.collection || !(rename.oldId in value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key === rename.oldId ? rename.newId : key, entry]),
  )
}

/** An override's path, and the entity an insert carries, with the id renamed. */
function rewriteOverride(value: unknown, rename: Rename): unknown {
  if (!isRecord(value) || typeof value.path !== 'string') return value
  const override = value as unknown as Override
  const path = renamedPath(override.path, rename)
  let inserted: unknown = override.op === 'insert' ? override.value : undefined
  if (override.op === 'insert') {
    const list = schemaNodeAt(override.path)
    if (list?.kind === 'array') inserted = rewrite(list.item, override.value, rename, '')
  }
  if (path === override.path && (override.op !== 'insert' || inserted === override.value))
    return value
  return { ...override, path, ...(override.op === 'insert' ? { value: inserted } : {}) }
}

/** An entity as paths name it: its list, its own path and its id. */
export type EntityRef = Omit<Rename, 'newId'>

/** The segments of `path` that name the entity: its own key, or a reference to it by key. */
function namingSegments(path: string, entity: EntityRef): Set<number> {
  const roles = segmentRoles(path)
  const naming = new Set<number>()
  // Workspace fields name no entity.
  if (roles === undefined || path.startsWith('workspace/')) return naming
  const owner = parentPath(parentPath(entity.entityPath))
  roles.forEach((role, i) => {
    if (role.segment !== entity.oldId) return
    const before = roles
      .slice(0, i - 1)
      .map((r) => r.segment)
      .join('/')
    const isEntity =
      role.role === 'item' && role.collection === entity.collection && before === owner
    const refersByKey =
      (role.role === 'item' && role.collection === 'mix' && entity.collection === 'models') ||
      (role.role === 'item' && role.collection === 'usage' && entity.collection === 'features') ||
      (role.role === 'entry' && role.keyRef === entity.collection)
    if (isEntity || refersByKey) naming.add(i)
  })
  return naming
}

/** Whether `path` names the entity anywhere: inside it, or by its key from elsewhere. */
export const pathNames = (path: string, entity: EntityRef): boolean =>
  namingSegments(path, entity).size > 0

/** A path with the renamed id in place of the old one, wherever a segment names that entity. */
export function renamedPath(path: string, rename: Rename): string {
  const naming = namingSegments(path, rename)
  if (naming.size === 0) return path
  return path
    .split('/')
    .map((segment, i) => (naming.has(i) ? rename.newId : segment))
    .join('/')
}
