/**
 * Scenario overrides (DESIGN.md §4): which overrides a scenario stands for, whether a path names
 * anything, and the document they produce at a month. The input document is never changed; only
 * the objects along overridden paths are copied.
 */
import { CopyOnWriteDraft } from './copyOnWrite'
import { withMixShare } from './mixShares'
import { resolveOverridePath, type FieldTarget } from './paths/overrideTargets'
import { collectionAt, entityInList, insertProblem } from './paths/structure'
import { withoutIndex } from './editing/containers'
import type {
  MixEntry,
  Override,
  Problem,
  Scenario,
  ValueOp,
  ValueOverride,
  WorkspaceDoc,
} from './types'

export { effectiveValueAt } from './paths/overrideTargets'

/**
 * How many fields (or mixes, or entities) an override of `op` on `path` names in `doc`, or why it
 * is malformed or names nothing.
 */
export function matchOverride(
  doc: WorkspaceDoc,
  path: string,
  op: Override['op'] = 'set',
): { targets: number } | { error: string } {
  if (op === 'insert') {
    const collection = collectionAt(doc, path)
    return 'error' in collection ? collection : { targets: 1 }
  }
  if (op === 'remove') {
    const entity = entityInList(doc, path)
    return 'error' in entity ? entity : { targets: 1 }
  }
  const resolution = resolveOverridePath(doc, path)
  return 'error' in resolution ? resolution : { targets: resolution.targets.length }
}

/**
 * Scenario `scenarioId` and its ancestors, root first; none for the baseline (null). Throws on an
 * unknown id or a parent cycle, which validation reports first.
 */
export function scenarioChain(doc: WorkspaceDoc, scenarioId: string | null): Scenario[] {
  if (scenarioId === null) return []
  const byId = new Map<string, Scenario>(doc.scenarios.map((scenario) => [scenario.id, scenario]))
  const chain: Scenario[] = []
  const seen = new Set<string>()
  let id: string | undefined = scenarioId
  while (id !== undefined) {
    const scenario = byId.get(id)
    if (!scenario) {
      const child = chain[0]
      throw new Error(
        child ? `scenario "${child.id}" has an unknown parent "${id}"` : `unknown scenario "${id}"`,
      )
    }
    if (seen.has(id)) throw new Error(`scenario "${scenarioId}": its parent chain loops at "${id}"`)
    seen.add(id)
    chain.unshift(scenario)
    id = scenario.parentId
  }
  return chain
}

/** The overrides scenario `scenarioId` applies, its ancestors' first (see scenarioChain). */
export function scenarioOverrides(doc: WorkspaceDoc, scenarioId: string | null): Override[] {
  return scenarioChain(doc, scenarioId).flatMap((scenario) => scenario.overrides)
}

export const isActiveAt = (override: Override, month: number): boolean =>
  (override.fromMonth ?? 0) <= month

/** Month 0 and every month some override starts: the document changes only at these. */
export function overrideStartMonths(overrides: readonly Override[]): number[] {
  const months = new Set([0, ...overrides.map((override) => override.fromMonth ?? 0)])
  return [...months].sort((a, b) => a - b)
}

const OPS: Record<ValueOp, (current: number, value: number) => number> = {
  set: (_current, value) => value,
  scale: (current, value) => current * value,
  add: (current, value) => current + value,
}

const applyOp = (op: ValueOp, current: number, value: number): number => OPS[op](current, value)

/**
 * The mix after `op` on `modelId`'s share: the rewritten mix, null when it stays as it is, or why
 * the share cannot be applied.
 */
export function rescaledMix(
  mix: readonly MixEntry[],
  modelId: string,
  op: ValueOp,
  value: number,
): MixEntry[] | string | null {
  const current = mix.find((entry) => entry.modelId === modelId)?.sharePct ?? 0
  const share = applyOp(op, current, value)
  // §4 rescales the other shares so the mix sums to 100, even for an unchanged share: the
  // validator accepts mixes within 0.01 of 100. Only a mix already at exactly 100 is left as is
  // (a rescale by 1 could still round).
  if (share === current && mix.reduce((sum, entry) => sum + entry.sharePct, 0) === 100) {
    return null
  }
  const result = withMixShare(mix, modelId, share)
  return 'error' in result ? result.error : result.mix
}

/**
 * The document as it stands at `month`: every override active then (`fromMonth` <= month), in
 * order, each starting from the document the ones before it left (so an entity a scenario inserts
 * can be changed or removed by later overrides, and a field absent starts from its default).
 * Problems name the override by its index in `overrides`.
 */
export function applyOverrides(
  doc: WorkspaceDoc,
  overrides: readonly Override[],
  month: number,
): { ok: true; doc: WorkspaceDoc } | { ok: false; problems: Problem[] } {
  const draft = new CopyOnWriteDraft(doc)
  const problems: Problem[] = []
  overrides.forEach((override, index) => {
    if (!isActiveAt(override, month)) return
    const problem = applyOne(draft, override)
    if (problem !== null) {
      problems.push({ path: `overrides[${index}]`, message: `${override.path}: ${problem}` })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc: draft.root }
}

/** Applies one override to the draft; answers why it could not be applied, or null. */
function applyOne(draft: CopyOnWriteDraft<WorkspaceDoc>, override: Override): string | null {
  switch (override.op) {
    case 'insert': {
      const collection = collectionAt(draft.root, override.path)
      if ('error' in collection) return collection.error
      const problem = insertProblem(collection, override.value)
      if (problem !== null) return problem
      draft.set(collection.keys, [...collection.items, override.value])
      return null
    }
    case 'remove': {
      const entity = entityInList(draft.root, override.path)
      if ('error' in entity) return entity.error
      draft.set(entity.listKeys, withoutIndex(entity.items, entity.index))
      return null
    }
    case 'set':
    case 'scale':
    case 'add':
      return applyValue(draft, override)
    default:
      return 'op must be set, scale, add, insert or remove'
  }
}

function applyValue(draft: CopyOnWriteDraft<WorkspaceDoc>, override: ValueOverride): string | null {
  if (typeof override.value !== 'number' || !Number.isFinite(override.value)) {
    return 'value must be a finite number'
  }
  const resolution = resolveOverridePath(draft.root, override.path)
  if ('error' in resolution) return resolution.error
  for (const target of resolution.targets) {
    if (target.type === 'field') {
      const problem = setField(draft, target, override)
      if (problem !== null) return problem
      continue
    }
    const mix = rescaledMix(target.mix, target.modelId, override.op, override.value)
    if (typeof mix === 'string') return mix
    if (mix) draft.set(target.keys, mix)
  }
  return null
}

/** Sets a field, first adding the cohort's use of a feature when it has none yet (§4a). */
function setField(
  draft: CopyOnWriteDraft<WorkspaceDoc>,
  target: FieldTarget,
  override: ValueOverride,
): string | null {
  const value = applyOp(override.op, target.current, override.value)
  const created = target.newUsage
  if (created === undefined) {
    draft.set(target.keys, value)
    return null
  }
  // Scaling a use that does not exist has nothing to scale: only set and add create one.
  if (override.op === 'scale') return `no usage of feature "${created.entry.featureId}" to scale`
  const index = created.list.length
  draft.set(created.listKeys, [...created.list, created.entry])
  draft.set([...created.listKeys, index, target.keys[target.keys.length - 1] as string], value)
  return null
}
