/**
 * Editing while a scenario is active (DESIGN.md §4, §4a): the edits a grid would make to the
 * baseline become changes to the active scenario's own overrides, never to the baseline.
 * - a number typed into a cell: a `set` override (typed again: the same override, changed);
 *   cleared: its overrides on that cell go (a reset);
 * - a row added: an `insert` override; a row deleted: a `remove` override (or, for a row this
 *   scenario added, the insert goes); references a remove would leave are removed with it where
 *   a scenario can say so (a cohort's use of a feature), else the delete is refused, naming them;
 * - anything changed inside a row this scenario added: the added entity itself changes, so one
 *   override carries the whole row and its months;
 * - a choice (a cohort's plan, a feature's category…) on a row it did not add: the row is
 *   replaced (removed, then added as changed), the one way a scenario can say "this cohort moves
 *   to another plan".
 * The result is one edit that sets the scenario's override list: one commit, one undo step.
 */
import type { Edit, JsonValue } from './editTypes'
import { applyEdits } from './edits'
import { applyOverrides, scenarioOverrides } from './overrides'
import { isWithin, childPath, lastSegment, overrideFormOf, parentPath, paths } from './paths/build'
import { collectionAt, entityInList, insertedEntityPath } from './paths/structure'
import { resolveEditPath } from './paths/walk'
import { describePath } from './paths/words'
import { entityAt } from './editing/entity'
import { referencesOf } from './editing/references'
import { asJson } from './editing/json'
import {
  followingId,
  idsOf,
  pathNames,
  renamedOverrides,
  type EntityRef,
  type MovedId,
} from './renameId'
import type { InsertedEntity, Override, Problem, Scenario, WorkspaceDoc } from './types'

export type ScenarioEditsResult =
  /** `moved`: the ids of rows this scenario added that followed their new names. */
  | { ok: true; edits: Edit[]; moved: MovedId[] }
  /** `index`: the edit that was refused. */
  | { ok: false; reason: string; index?: number }

/** Fields whose change, on a row the scenario did not add, replaces the row (see above). */
const REPLACING_FIELDS = new Set([
  'planId',
  'convertsToPlanId',
  'category',
  'layer',
  'attribution',
  'kind',
  'replacesModelIds',
])

class Refusal extends Error {}

/** A refusal saying why the document refused: its problems' messages. */
const refusalOf = (problems: readonly Problem[]): Refusal =>
  new Refusal(problems.map((problem) => problem.message).join('; '))

const isRename = (edit: Edit): boolean => edit.op === 'set' && lastSegment(edit.path) === 'name'

const isKeyField = (path: string): boolean => ['id', 'featureId'].includes(lastSegment(path))

/** The working state: the scenario's own overrides as they grow, and the document they give. */
class ScenarioDraft {
  own: Override[]
  readonly moved: MovedId[] = []

  constructor(
    private readonly doc: WorkspaceDoc,
    private readonly scenario: Scenario,
  ) {
    this.own = [...scenario.overrides]
  }

  /** The document as the scenario sees it in its first month, with every override so far. */
  view(): WorkspaceDoc {
    const doc: WorkspaceDoc = {
      ...this.doc,
      scenarios: this.doc.scenarios.map((s) =>
        s.id === this.scenario.id ? { ...s, overrides: this.own } : s,
      ),
    }
    const applied = applyOverrides(doc, scenarioOverrides(doc, this.scenario.id), 0)
    if (!applied.ok) throw refusalOf(applied.problems)
    return applied.doc
  }

  /** The own insert whose entity `path` lies in (or is), with that entity's path. */
  hostOf(path: string): { index: number; entityPath: string } | undefined {
    for (let index = this.own.length - 1; index >= 0; index--) {
      const override = this.own[index]
      if (override?.op !== 'insert') continue
      const entityPath = insertedEntityPath(override.path, override.value)
      if (entityPath !== undefined && isWithin(path, entityPath)) {
        return { index, entityPath }
      }
    }
    return undefined
  }
}

export function scenarioEditsFor(
  doc: WorkspaceDoc,
  scenarioId: string,
  edits: readonly Edit[],
): ScenarioEditsResult {
  const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId)
  if (scenario === undefined)
    return { ok: false, reason: `Scenario '${scenarioId}' no longer exists` }
  const draft = new ScenarioDraft(doc, scenario)
  // Renames last: a row whose id follows its new name moves every path that names it.
  const ordered = [...edits.entries()].sort(
    ([, a], [, b]) => Number(isRename(a)) - Number(isRename(b)),
  )
  for (const [index, edit] of ordered) {
    try {
      apply(draft, edit)
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, reason: error.message, index }
      throw error
    }
  }
  return {
    ok: true,
    edits: [{ op: 'set', path: paths.overrides(scenarioId), value: asJson(draft.own) }],
    moved: draft.moved,
  }
}

function apply(draft: ScenarioDraft, edit: Edit): void {
  const host = draft.hostOf(edit.path)
  if (host !== undefined) return changeAddedEntity(draft, edit, host)
  switch (edit.op) {
    case 'set':
      return setValue(draft, edit.path, edit.value)
    case 'insert':
      return insertEntity(draft, edit.path, edit.value)
    case 'delete':
      return removeEntity(draft, edit.path)
  }
}

/** Any edit inside a row the scenario added changes that row, kept whole in its insert. */
function changeAddedEntity(
  draft: ScenarioDraft,
  edit: Edit,
  host: { index: number; entityPath: string },
): void {
  const insert = draft.own[host.index] as Override & { op: 'insert' }
  if (edit.op === 'delete' && edit.path === host.entityPath) {
    // Deleting an added row takes back the insert and whatever this scenario did to the row or
    // with it (a cohort's use of an added feature).
    const entity = entityRefOf(host.entityPath)
    draft.own = draft.own.filter((override) => !namesEntity(override, entity))
    return
  }
  const changed = applyEdits(draft.view(), [edit])
  if (!changed.ok) throw refusalOf(changed.problems)
  // A new key (an id that follows a renamed row) moves the entity's path with it.
  const newKey =
    edit.op === 'set' && parentPath(edit.path) === host.entityPath && isKeyField(edit.path)
      ? edit.value
      : null
  const entityPath = typeof newKey === 'string' ? childPath(insert.path, newKey) : host.entityPath
  const at = resolveEditPath(changed.doc, entityPath)
  if ('error' in at) throw new Refusal(at.error)
  draft.own[host.index] = { ...insert, value: at.value as InsertedEntity }
  if (edit.op === 'set' && edit.path === childPath(host.entityPath, 'name')) {
    followName(draft, host.index, insert, String(edit.value))
  }
}

/**
 * A row this scenario added, renamed while its id is still made from its old name, takes the new
 * name's id; the scenario's own overrides that name it follow.
 */
function followName(
  draft: ScenarioDraft,
  index: number,
  before: Override & { op: 'insert' },
  newName: string,
): void {
  const old = before.value as unknown as { id?: unknown; name?: unknown }
  if (typeof old.id !== 'string' || typeof old.name !== 'string') return
  const siblings = collectionAt(draft.view(), before.path)
  if ('error' in siblings) return
  const newId = followingId(old.id, old.name, newName, idsOf(siblings.items))
  if (newId === undefined) return
  const rename = {
    collection: lastSegment(before.path),
    entityPath: childPath(before.path, old.id),
    oldId: old.id,
    newId,
  }
  draft.moved.push({ collection: rename.collection, oldId: old.id, newId })
  const current = draft.own[index] as Override & { op: 'insert' }
  draft.own = renamedOverrides(draft.own, rename)
  draft.own[index] = { ...current, value: { ...current.value, id: newId } as InsertedEntity }
}

function setValue(draft: ScenarioDraft, path: string, value: JsonValue): void {
  const overridePath = overrideFormOf(path)
  if (value === null) {
    draft.own = draft.own.filter((override) => override.path !== overridePath)
    return
  }
  if (typeof value === 'number') {
    const index = draft.own.findIndex(
      (override) =>
        override.path === overridePath && override.op === 'set' && (override.fromMonth ?? 0) === 0,
    )
    const override: Override = { path: overridePath, op: 'set', value }
    if (index >= 0) draft.own[index] = override
    else draft.own.push(override)
    return
  }
  const field = lastSegment(path)
  if (!REPLACING_FIELDS.has(field)) {
    throw new Refusal(
      'only numbers and choices can differ in a scenario; switch to Baseline to change it',
    )
  }
  replaceEntity(draft, path, value)
}

/** A choice on a row the scenario did not add: the row goes, and comes back as changed. */
function replaceEntity(draft: ScenarioDraft, fieldPath: string, value: JsonValue): void {
  const view = draft.view()
  const entityPath = parentPath(fieldPath)
  const entity = entityInList(view, entityPath)
  if ('error' in entity) throw new Refusal(entity.error)
  const changed = applyEdits(view, [{ op: 'set', path: fieldPath, value }])
  if (!changed.ok) throw refusalOf(changed.problems)
  const at = resolveEditPath(changed.doc, entityPath)
  if ('error' in at) throw new Refusal(at.error)
  const collectionPath = parentPath(entityPath)
  draft.own.push(
    { path: entityPath, op: 'remove' },
    { path: collectionPath, op: 'insert', value: at.value as InsertedEntity },
  )
}

function insertEntity(draft: ScenarioDraft, path: string, value: JsonValue): void {
  const collection = collectionAt(draft.view(), path)
  if ('error' in collection) throw new Refusal(collection.error)
  draft.own.push({ path, op: 'insert', value: value as unknown as InsertedEntity })
}

function removeEntity(draft: ScenarioDraft, path: string): void {
  const view = draft.view()
  const at = resolveEditPath(view, path)
  if ('error' in at) throw new Refusal(at.error)
  const entity = entityAt(at)
  if (entity === undefined || 'error' in entityInList(view, path)) {
    throw new Refusal(
      `${describePath(view, path)}: a scenario can remove models, features, steps, components, ` +
        'plans, cohorts, uses of a feature and self-host options',
    )
  }
  const removals: string[] = []
  for (const reference of referencesOf(view, entity)) {
    const fix = reference.fix
    const removable =
      fix?.length === 1 && fix[0]?.op === 'delete' && !('error' in entityInList(view, fix[0].path))
    if (!removable) throw new Refusal(`${reference.sentence}: change that in this scenario first`)
    removals.push(fix[0]?.path ?? '')
  }
  // This scenario's own changes to the row, or with it, would name nothing once it is gone; a
  // use of it that only they made goes with them.
  const removed = entityRefOf(path)
  draft.own = draft.own.filter((override) => !namesEntity(override, removed))
  const after = draft.view()
  const stillThere = removals.filter((removal) => !('error' in entityInList(after, removal)))
  draft.own.push(...stillThere.map((removal): Override => ({ path: removal, op: 'remove' })), {
    path,
    op: 'remove',
  })
}

/** An entity as paths name it, from its own path: `features/x` is item `x` of `features`. */
function entityRefOf(entityPath: string): EntityRef {
  return {
    collection: lastSegment(parentPath(entityPath)),
    entityPath,
    oldId: lastSegment(entityPath),
  }
}

/** Whether an override names the entity: its path does, or the row it inserts is (or uses) it. */
function namesEntity(override: Override, entity: EntityRef): boolean {
  if (pathNames(override.path, entity)) return true
  if (override.op !== 'insert') return false
  const inserted = insertedEntityPath(override.path, override.value)
  return inserted !== undefined && pathNames(inserted, entity)
}
