/**
 * What a `set`, `scale` or `add` override path names in a document (DESIGN.md §4): numeric fields
 * (each with the value it stands for now, its default when absent) and mix shares. The path is
 * read by the one walker (walk.ts); this module only decides which of its locations an override
 * may change.
 */
import {
  effectiveValueOf,
  isNumericField,
  MISSING_ENTRY_VALUE,
  numericFieldsOf,
  type FieldKind,
} from '../defaults'
import type { PathKey } from '../copyOnWrite'
import type { MixEntry, UsageEntry, WorkspaceDoc } from '../types'
import { collectionOf, keysOf, walkPath, type Location } from './walk'

/** A numeric field: `keys` lead from the document root to it; `current` is what it stands for now. */
export interface FieldTarget {
  type: 'field'
  keys: PathKey[]
  current: number
  /** A cohort's first use of a feature (§4a): the usage row to append before setting the field. */
  newUsage?: { listKeys: PathKey[]; list: readonly UsageEntry[]; entry: UsageEntry }
}

/** A step's mix, rewritten as a whole so its shares keep summing to 100. */
export interface MixTarget {
  type: 'mix'
  keys: PathKey[]
  mix: MixEntry[]
  modelId: string
}

export type OverrideTarget = FieldTarget | MixTarget
export type Resolution = { targets: OverrideTarget[] } | { error: string }

/** The kind of entity whose fields sit in each list (or object field), for defaults and messages. */
const KIND_OF_HOLDER: Readonly<Record<string, FieldKind>> = {
  prices: 'price',
  longContext: 'longContext',
  features: 'feature',
  steps: 'step',
  components: 'component',
  plans: 'plan',
  cohorts: 'cohort',
  usage: 'usage',
  selfHost: 'selfHost',
}

const KIND_LABEL: Record<FieldKind, string> = {
  workspace: 'workspace',
  price: 'price point',
  longContext: 'long-context price',
  feature: 'feature',
  step: 'step',
  component: 'component',
  plan: 'plan',
  cohort: 'cohort',
  usage: 'usage entry',
  selfHost: 'self-host option',
}

/** What `path` names in `doc`: at least one target, or why it names nothing. */
export function resolveOverridePath(doc: WorkspaceDoc, path: string): Resolution {
  const walked = walkPath(doc, path, 'select')
  if ('error' in walked) return walked
  const targets: OverrideTarget[] = []
  for (const location of walked) {
    const target = targetAt(location)
    if ('error' in target) return target
    targets.push(target)
  }
  return { targets }
}

function targetAt(location: Location): OverrideTarget | { error: string } {
  const n = location.steps.length
  const last = location.steps[n - 1]
  const mixAt = last?.kind === 'item' ? n - 1 : n - 2
  if (collectionOf(location, mixAt) === 'mix') return mixTarget(location, mixAt)
  if (last?.kind === 'entry') {
    const value = location.value
    return {
      type: 'field',
      keys: keysOf(location.steps),
      current: typeof value === 'number' ? value : MISSING_ENTRY_VALUE,
    }
  }
  if (last?.kind !== 'field') return { error: 'names an entity, not a numeric field' }
  const holder = location.steps[n - 2]
  const kind: FieldKind | undefined =
    holder === undefined
      ? 'workspace'
      : KIND_OF_HOLDER[
          holder.kind === 'field' ? holder.name : (collectionOf(location, n - 2) ?? '')
        ]
  if (kind === undefined || !isNumericField(kind, last.name) || location.node.kind !== 'number') {
    const label = kind === undefined ? 'field' : `${KIND_LABEL[kind]} field`
    const known = kind === undefined ? '' : ` (${numericFieldsOf(kind).join(', ')})`
    return { error: `"${last.name}" is not a numeric ${label}${known}` }
  }
  const owner = location.containers[n - 1]?.value as object
  const keys = keysOf(location.steps)
  const current = effectiveValueOf(kind, owner, last.name) ?? 0
  const usageStep = holder?.kind === 'item' && holder.index === -1 ? holder : undefined
  if (usageStep === undefined) return { type: 'field', keys, current }
  const list = location.containers[n - 2]?.value as readonly UsageEntry[]
  const entry: UsageEntry = { featureId: usageStep.key ?? '', unitsPerSeat: MISSING_ENTRY_VALUE }
  return {
    type: 'field',
    keys,
    current: effectiveValueOf('usage', entry, last.name) ?? 0,
    newUsage: { listKeys: keys.slice(0, -2), list, entry },
  }
}

function mixTarget(location: Location, itemAt: number): MixTarget | { error: string } {
  const item = location.steps[itemAt]
  const field = location.steps[itemAt + 1]
  if (
    item?.kind !== 'item' ||
    (field !== undefined && field.kind === 'field' && field.name !== 'sharePct')
  ) {
    return { error: 'a mix entry has one numeric field, its share: …/mix/<modelId>' }
  }
  const mix = location.containers[itemAt]?.value as MixEntry[]
  const modelId = item.index >= 0 ? (mix[item.index]?.modelId ?? '') : (item.key ?? '')
  return { type: 'mix', keys: keysOf(location.steps.slice(0, itemAt)), mix, modelId }
}

/**
 * The number an exact path (no wildcard) stands for: the field's value, or its default when absent;
 * for a mix path, the model's share (0 when it is not in the mix). Undefined when the path does not
 * name exactly one field.
 */
export function effectiveValueAt(doc: WorkspaceDoc, path: string): number | undefined {
  const resolution = resolveOverridePath(doc, path)
  if ('error' in resolution || resolution.targets.length !== 1) return undefined
  const [target] = resolution.targets
  if (target?.type === 'field') return target.current
  return (
    target?.mix.find((entry) => entry.modelId === target.modelId)?.sharePct ?? MISSING_ENTRY_VALUE
  )
}

/** Identities of what a path names, per document: grids ask for every cell of every override. */
const identities = new WeakMap<WorkspaceDoc, Map<string, readonly string[]>>()

/** Identities of what an override path names, comparable across paths: `features.0.pricePerUnit`. */
function targetIdentities(doc: WorkspaceDoc, path: string): readonly string[] {
  let perPath = identities.get(doc)
  if (perPath === undefined) {
    perPath = new Map()
    identities.set(doc, perPath)
  }
  let found = perPath.get(path)
  if (found === undefined) {
    const resolution = resolveOverridePath(doc, path)
    found =
      'error' in resolution
        ? []
        : resolution.targets.map((target) =>
            target.type === 'mix'
              ? `${target.keys.join('.')}#${target.modelId}`
              : target.keys.join('.'),
          )
    perPath.set(path, found)
  }
  return found
}

/**
 * Whether a value override on `overridePath` (selectors and all) reaches the field at `cellPath`
 * (an exact path, in edit or override form), both read in `doc`.
 */
export function overrideReaches(
  doc: WorkspaceDoc,
  overridePath: string,
  cellPath: string,
): boolean {
  const [cell] = targetIdentities(doc, cellPath)
  return cell !== undefined && targetIdentities(doc, overridePath).includes(cell)
}
