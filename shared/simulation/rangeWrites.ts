/**
 * What a draw writes, read once per document instead of once per draw: every range's path resolved
 * to the fields (or mixes) it sets, each with the bounds its values are clamped to, grouped by the
 * top-level entity that holds them (a model, a feature, a plan, a cohort, or the workspace itself).
 * A draw then copies only those entities (see entityDraft.ts).
 */
import type { PathKey } from '../model/copyOnWrite'
import { applyOverrides } from '../model/overrides'
import { resolveOverridePath, type OverrideTarget } from '../model/paths/overrideTargets'
import { walkPath, type Location } from '../model/paths/walk'
import type { Range, WorkspaceDoc } from '../model/types'
import { overriddenNumber } from '../model/validation/schemaTypes'
import { likelyValueOf } from './distributions'
import { clampTo, valueInterval, type ValueInterval } from './fieldBounds'
import { fieldValues, followOf, idKeyOf, type Follow } from './followScenario'

/** Where the written fields live: a collection of the document, or the workspace's own fields. */
export type EntityKind = 'workspace' | 'models' | 'features' | 'plans' | 'cohorts'

/** Keys below are from the entity (or, for the workspace, from the document) down. */
export interface FieldWrite {
  kind: 'field'
  /** Index of the range in the run's list. */
  range: number
  keys: PathKey[]
  interval: ValueInterval
  /** Set when the scenario run moved this input from the range's own document's value. */
  follow?: Follow
}

/** A share of a step's mix: the mix is rewritten as a whole so it keeps summing to 100 (§4). */
export interface MixWrite {
  kind: 'mix'
  range: number
  keys: PathKey[]
  modelId: string
  interval: ValueInterval
}

export type EntityWrite = FieldWrite | MixWrite

export interface EntityWrites {
  kind: EntityKind
  /** The entity's row in its collection (document order); -1 for the workspace. */
  index: number
  /** In range order: a later range on the same field wins, as a later override does. */
  writes: EntityWrite[]
}

const ENTITY_KINDS: ReadonlySet<string> = new Set(['models', 'features', 'plans', 'cohorts'])

export function rangeError(range: Range, message: string): Error {
  return new Error(`range on ${range.path}: ${message}`)
}

interface Holder {
  kind: EntityKind
  index: number
  /** How many keys lead from the document to the entity. */
  depth: number
}

/** The entity a target's keys lead into; undefined for a self-host option (no result reads it). */
function holderOf(keys: readonly PathKey[]): Holder | undefined {
  if (keys.length === 1) return { kind: 'workspace', index: -1, depth: 0 }
  const [collection, index] = keys
  if (!ENTITY_KINDS.has(String(collection))) return undefined
  return { kind: collection as EntityKind, index: index as number, depth: 2 }
}

/** The write one target of a range makes, keyed from its entity. */
function writeOf(
  target: OverrideTarget,
  range: number,
  depth: number,
  interval: ValueInterval,
  follow: Follow | undefined,
): EntityWrite {
  const keys = target.keys.slice(depth)
  if (target.type === 'mix') return { kind: 'mix', range, keys, modelId: target.modelId, interval }
  return { kind: 'field', range, keys, interval, ...(follow && { follow }) }
}

/** The values the field at `location` may take; throws for what takes no range. */
function intervalAt(range: Range, location: Location | undefined): ValueInterval {
  const node = location && overriddenNumber(location.node)
  if (node === undefined) throw rangeError(range, 'must name a number (a field, or a mix share)')
  // Whole numbers (the horizon) shape the plan rather than scale it, as validation says.
  if (node.range.integer)
    throw rangeError(range, 'names a whole-number setting, which takes no range')
  return valueInterval(node.range)
}

/**
 * Every write of `ranges` in `doc` (the scenario's document in some months), by entity; `homes[r]`
 * is the document range r is stated against (see followScenario.ts). Each path is read in the
 * document the ranges before it left (at their likely values), as overrides are: a range on a mix
 * share sees the shares an earlier one rescaled. A range applies where its path names something:
 * in months where a scenario has removed what it names (or not inserted it yet) it sets nothing,
 * and it never adds a cohort's use of a feature the document does not have. Throws, naming the
 * range's path, on a whole-number setting.
 */
export function resolveRangeWrites(
  doc: WorkspaceDoc,
  ranges: readonly Range[],
  homes: readonly WorkspaceDoc[],
): EntityWrites[] {
  const byEntity = new Map<string, EntityWrites>()
  let current = doc
  ranges.forEach((range, r) => {
    const resolution = resolveOverridePath(current, range.path)
    if ('error' in resolution) return
    const home = homes[r] ?? doc
    const homeValues = home === doc ? undefined : fieldValues(home, range.path)
    const runValues = homeValues && fieldValues(doc, range.path)
    // The walk behind the resolution, location for target: where each field's bounds are read.
    const walked = walkPath(current, range.path, 'select') as Location[]
    const intervals = resolution.targets.map((_, t) => intervalAt(range, walked[t]))
    const sets = (target: OverrideTarget) => target.type === 'mix' || !target.newUsage
    if (!resolution.targets.some(sets)) return
    resolution.targets.forEach((target, t) => {
      const holder = holderOf(target.keys)
      if (holder === undefined || !sets(target)) return
      const field = idKeyOf(current, target.keys)
      const follow = runValues && followOf(homeValues.get(field), runValues.get(field))
      const key = `${holder.kind}/${holder.index}`
      let entity = byEntity.get(key)
      if (!entity)
        byEntity.set(key, (entity = { kind: holder.kind, index: holder.index, writes: [] }))
      entity.writes.push(writeOf(target, r, holder.depth, intervals[t]!, follow))
    })
    const likely = clampTo(likelyValueOf(range), intervals[0]!)
    const applied = applyOverrides(current, [{ path: range.path, op: 'set', value: likely }], 0)
    // Each problem already names the path.
    if (!applied.ok) {
      throw new Error(`range on ${applied.problems.map((p) => p.message).join('; ')}`)
    }
    current = applied.doc
  })
  return [...byEntity.values()]
}
