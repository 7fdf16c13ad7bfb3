/**
 * Scenario overrides as references: which overrides change an entity (for `referencesTo`), and
 * which ones a cascading delete leaves naming nothing (to remove them with it).
 */
import type { PathKey } from '../copyOnWrite'
import type { Override, WorkspaceDoc } from '../types'
import { matchOverride } from '../overrides'
import { resolveOverridePath, type OverrideTarget } from '../paths/overrideTargets'
import type { EntityAt } from './entity'
import { isRecord } from '../validation/access'
import { childPath, paths } from '../paths/build'
import { collectionAt, entityInList } from '../paths/structure'

/** `Scenario "Fire drill" overrides it (2 overrides)`, one sentence per scenario. */
export function overrideSentences(doc: WorkspaceDoc, at: EntityAt): string[] {
  const sentences: string[] = []
  for (const scenario of doc.scenarios) {
    const count = scenario.overrides.filter((override) => {
      const structural = structuralKeys(doc, override)
      if (structural !== undefined) return startsWith(structural, at.keys)
      const resolution = resolveOverridePath(doc, override.path)
      return (
        'targets' in resolution && resolution.targets.some((target) => touches(doc, target, at))
      )
    }).length
    if (count > 0) {
      const plural = count === 1 ? 'override' : 'overrides'
      sentences.push(`Scenario "${scenario.name}" overrides it (${count} ${plural})`)
    }
  }
  return sentences
}

/** Where an insert adds (its collection) or what a remove takes (the entity), as keys. */
function structuralKeys(doc: WorkspaceDoc, override: Override): PathKey[] | undefined {
  if (override.op === 'insert') {
    const collection = collectionAt(doc, override.path)
    return 'error' in collection ? [] : collection.keys
  }
  if (override.op === 'remove') {
    const entity = entityInList(doc, override.path)
    return 'error' in entity ? [] : [...entity.listKeys, entity.index]
  }
  return undefined
}

/** Whether an override target is a field of the entity, or of something keyed by its id. */
function touches(doc: WorkspaceDoc, target: OverrideTarget, at: EntityAt): boolean {
  if (startsWith(target.keys, at.keys)) return true
  const id = isRecord(at.value) ? at.value.id : undefined
  if (target.type === 'mix') {
    if (at.topLevel && at.collection === 'models') return target.modelId === id
    const mixEntry = at.collection === 'mix' && isRecord(at.value) ? at.value : undefined
    return mixEntry?.modelId === target.modelId && startsWith(target.keys, at.keys.slice(0, -1))
  }
  if (!at.topLevel || at.collection !== 'features') return false
  const [root, index, part, key] = target.keys
  if (root === 'plans') return (part === 'includedUnits' || part === 'overagePrice') && key === id
  if (root === 'cohorts' && part === 'usage' && typeof index === 'number') {
    return doc.cohorts[index]?.usage[key as number]?.featureId === id
  }
  return false
}

function startsWith(keys: readonly PathKey[], prefix: readonly PathKey[]): boolean {
  return prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key)
}

/**
 * Notes which overrides and ranges name something in `before`; the function returned lists, as
 * delete paths, those that name nothing in a later document, last first within each list so the
 * remaining indices stay valid. (A batch's draft changes in place, so `before` is read right away.)
 */
export function overridesOrphanedSince(before: WorkspaceDoc): (after: WorkspaceDoc) => string[] {
  const named = (doc: WorkspaceDoc) =>
    new Map(
      namingLists(doc).map(({ path, items }) => [
        path,
        items.map((item) => namesSomething(doc, item)),
      ]),
    )
  const namedBefore = named(before)
  return (after) =>
    namingLists(after).flatMap(({ path, items }) => {
      const wasNamed = namedBefore.get(path) ?? []
      const orphans: string[] = []
      for (let index = items.length - 1; index >= 0; index--) {
        const item = items[index]
        if (item && wasNamed[index] && !namesSomething(after, item)) {
          orphans.push(childPath(path, index))
        }
      }
      return orphans
    })
}

/** Every list of paths into the document: each scenario's overrides, and every range list. */
function namingLists(doc: WorkspaceDoc): { path: string; items: readonly Named[] }[] {
  return [
    { path: paths.ranges(), items: doc.ranges ?? [] },
    ...doc.scenarios.flatMap((scenario) => [
      { path: paths.overrides(scenario.id), items: scenario.overrides },
      { path: paths.scenarioRanges(scenario.id), items: scenario.ranges ?? [] },
    ]),
  ]
}

/** An override, or a range (which names what a `set` would). */
type Named = Pick<Override, 'path'> & { op?: Override['op'] }

function namesSomething(doc: WorkspaceDoc, { path, op = 'set' }: Named): boolean {
  const match = matchOverride(doc, path, op)
  return 'targets' in match && match.targets > 0
}
