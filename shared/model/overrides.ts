/**
 * Scenario overrides (DESIGN.md §4): which overrides a scenario stands for, whether a path names
 * anything, and the document they produce at a month. The input document is never changed; only
 * the objects along overridden paths are copied.
 */
import { CopyOnWriteDraft } from './copyOnWrite'
import { withMixShare } from './mixShares'
import { resolveOverridePath, type MixTarget } from './overridePath'
import type { MixEntry, Override, OverrideOp, Problem, Scenario, WorkspaceDoc } from './types'

export { effectiveValueAt } from './overridePath'

/** How many fields (or mixes) `path` names in `doc`, or why it is malformed or names nothing. */
export function matchOverride(
  doc: WorkspaceDoc,
  path: string,
): { targets: number } | { error: string } {
  const resolution = resolveOverridePath(doc, path)
  return 'error' in resolution ? resolution : { targets: resolution.targets.length }
}

/**
 * The overrides scenario `scenarioId` applies, its ancestors' first (root first); none for the
 * baseline (null). Throws on an unknown id or a parent cycle, which validation reports first.
 */
export function scenarioOverrides(doc: WorkspaceDoc, scenarioId: string | null): Override[] {
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
  return chain.flatMap((scenario) => scenario.overrides)
}

export const isActiveAt = (override: Override, month: number): boolean =>
  (override.fromMonth ?? 0) <= month

const OPS: Record<OverrideOp, (current: number, value: number) => number> = {
  set: (_current, value) => value,
  scale: (current, value) => current * value,
  add: (current, value) => current + value,
}

const applyOp = (op: OverrideOp, current: number, value: number): number => OPS[op](current, value)

function rescaledMix(target: MixTarget, op: OverrideOp, value: number): MixEntry[] | string | null {
  const current = target.mix.find((entry) => entry.modelId === target.modelId)?.sharePct ?? 0
  const share = applyOp(op, current, value)
  // §4 rescales the other shares so the mix sums to 100, even for an unchanged share: the
  // validator accepts mixes within 0.01 of 100. Only a mix already at exactly 100 is left as is
  // (a rescale by 1 could still round).
  if (share === current && target.mix.reduce((sum, entry) => sum + entry.sharePct, 0) === 100) {
    return null
  }
  const result = withMixShare(target.mix, target.modelId, share)
  return 'error' in result ? result.error : result.mix
}

/**
 * The document as it stands at `month`: every override active then (`fromMonth` <= month), in
 * order, each starting from the value left by the ones before it (or the field's default when
 * absent). Problems name the override by its index in `overrides`.
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
    const where = `overrides[${index}]`
    if (typeof override.value !== 'number' || !Number.isFinite(override.value)) {
      problems.push({ path: where, message: `${override.path}: value must be a finite number` })
      return
    }
    if (!Object.prototype.hasOwnProperty.call(OPS, override.op)) {
      problems.push({ path: where, message: `${override.path}: op must be set, scale or add` })
      return
    }
    const resolution = resolveOverridePath(draft.root, override.path)
    if ('error' in resolution) {
      problems.push({ path: where, message: `${override.path}: ${resolution.error}` })
      return
    }
    for (const target of resolution.targets) {
      if (target.type === 'field') {
        draft.set(target.keys, applyOp(override.op, target.current, override.value))
        continue
      }
      const mix = rescaledMix(target, override.op, override.value)
      if (typeof mix === 'string')
        problems.push({ path: where, message: `${override.path}: ${mix}` })
      else if (mix) draft.set(target.keys, mix)
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, doc: draft.root }
}
