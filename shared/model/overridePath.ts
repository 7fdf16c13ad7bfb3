/**
 * The grammar of scenario override paths (DESIGN.md §4) and what a path names in a document:
 *   workspace/<field>
 *   models/<id|*|provider:name>/prices/<index|*>/<field>
 *   models/<id|*|provider:name>/prices/<index|*>/longContext/<field>
 *   features/<id|*>/<field>
 *   features/<id>/steps/<id|*>/<field>
 *   features/<id>/steps/<id>/mix/<modelId>        (also …/mix/<modelId>/sharePct, the edit form)
 *   features/<id>/components/<id|*>/<field>
 *   plans/<id|*>/<field>
 *   plans/<id>/includedUnits/<featureId>, plans/<id>/overagePrice/<featureId>
 *   cohorts/<id|*>/<field>
 *   cohorts/<id>/usage/<featureId|*>/<field>
 *   selfHost/<id|*>/<field>
 * Only numeric fields can be overridden. A path names nothing (an error) when no entity matches.
 */
import {
  effectiveValueOf,
  isNumericField,
  MISSING_ENTRY_VALUE,
  numericFieldsOf,
  type FieldKind,
} from './defaults'
import type { PathKey } from './copyOnWrite'
import type { MixEntry, WorkspaceDoc } from './types'

/** A numeric field: `keys` lead from the document root to it; `current` is what it stands for now. */
export interface FieldTarget {
  type: 'field'
  keys: PathKey[]
  current: number
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
type Failure = { error: string }

const WILDCARD = '*'
const PROVIDER_PREFIX = 'provider:'

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

interface Owner {
  keys: PathKey[]
  entity: object
}

function fieldTargets(kind: FieldKind, field: string, owners: Owner[]): Resolution {
  if (!isNumericField(kind, field)) {
    const known = numericFieldsOf(kind).join(', ')
    return { error: `"${field}" is not a numeric ${KIND_LABEL[kind]} field (${known})` }
  }
  return {
    targets: owners.map(({ keys, entity }) => ({
      type: 'field',
      keys: [...keys, field],
      current: effectiveValueOf(kind, entity, field) ?? 0,
    })),
  }
}

interface Selected<T> {
  index: number
  item: T
}

/** Entries of `list` chosen by an id (matched by `idOf`) or, where allowed, the wildcard. */
function select<T>(
  list: readonly T[],
  selector: string,
  what: string,
  idOf: (item: T) => string,
  wildcardAllowed: boolean,
): Selected<T>[] | Failure {
  if (selector === WILDCARD) {
    if (!wildcardAllowed) return { error: `a wildcard cannot select the ${what} here` }
    return list.map((item, index) => ({ item, index }))
  }
  const index = list.findIndex((item) => idOf(item) === selector)
  const item = list[index]
  return item === undefined ? { error: `no ${what} "${selector}"` } : [{ index, item }]
}

const byId = (item: { id: string }): string => item.id

const shapeError = (...forms: string[]): Failure => ({ error: `expected ${forms.join(' or ')}` })

function resolveWorkspace(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [field] = rest
  if (rest.length !== 1 || field === undefined) return shapeError('workspace/<field>')
  return fieldTargets('workspace', field, [{ keys: [], entity: doc }])
}

function resolveModels(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [selector, prices, indexText, fieldOrTier, tierField] = rest
  const isTier = rest.length === 5 && fieldOrTier === 'longContext'
  if (
    (rest.length !== 4 && !isTier) ||
    prices !== 'prices' ||
    selector === undefined ||
    indexText === undefined ||
    fieldOrTier === undefined
  ) {
    return shapeError(
      'models/<id|*|provider:name>/prices/<index|*>/<field>',
      'models/<sel>/prices/<index|*>/longContext/<field>',
    )
  }
  let models: Selected<WorkspaceDoc['models'][number]>[]
  if (selector.startsWith(PROVIDER_PREFIX)) {
    const provider = selector.slice(PROVIDER_PREFIX.length)
    models = doc.models.flatMap((item, index) =>
      item.provider === provider ? [{ item, index }] : [],
    )
    if (models.length === 0) return { error: `no model from provider "${provider}"` }
  } else {
    const chosen = select(doc.models, selector, 'model', byId, true)
    if ('error' in chosen) return chosen
    models = chosen
  }
  const wholeList = indexText === WILDCARD
  if (!wholeList && !/^\d+$/.test(indexText)) {
    return { error: `"${indexText}" is not a price point index (0, 1, … or *)` }
  }
  const owners: Owner[] = []
  for (const { item: model, index: m } of models) {
    model.prices.forEach((point, p) => {
      if (!wholeList && p !== Number(indexText)) return
      const keys = ['models', m, 'prices', p]
      // A long-context price means nothing on a point without a long-context tier: such points
      // are passed over rather than given a tier that would start at 0 tokens.
      if (!isTier) owners.push({ keys, entity: point })
      else if (point.longContext)
        owners.push({ keys: [...keys, 'longContext'], entity: point.longContext })
    })
  }
  return isTier
    ? fieldTargets('longContext', tierField ?? '', owners)
    : fieldTargets('price', fieldOrTier, owners)
}

function resolveMix(doc: WorkspaceDoc, featureIndex: number, rest: string[]): Resolution {
  const [stepId, , modelId, share] = rest
  const wellFormed = rest.length === 3 || (rest.length === 4 && share === 'sharePct')
  if (!wellFormed || stepId === undefined || modelId === undefined) {
    return shapeError('features/<id>/steps/<id>/mix/<modelId>')
  }
  const feature = doc.features[featureIndex]
  const steps = select(feature?.steps ?? [], stepId, 'step', byId, false)
  if ('error' in steps) return steps
  if (!doc.models.some((model) => model.id === modelId)) return { error: `no model "${modelId}"` }
  return {
    targets: steps.map(({ item, index }) => ({
      type: 'mix',
      keys: ['features', featureIndex, 'steps', index, 'mix'],
      mix: item.mix,
      modelId,
    })),
  }
}

function resolveFeatures(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [selector, part, childSelector, field] = rest
  if (selector === undefined) return shapeError('features/<id|*>/<field>')
  if (rest.length === 2 && part !== undefined) {
    const chosen = select(doc.features, selector, 'feature', byId, true)
    if ('error' in chosen) return chosen
    return fieldTargets(
      'feature',
      part,
      chosen.map(({ item, index }) => ({ keys: ['features', index], entity: item })),
    )
  }
  const chosen = select(doc.features, selector, 'feature', byId, false)
  if ('error' in chosen) return chosen
  const [{ item: feature, index: f }] = chosen as [Selected<WorkspaceDoc['features'][number]>]
  if (part === 'steps' && field === 'mix') return resolveMix(doc, f, rest.slice(2))
  if (rest.length !== 4 || childSelector === undefined || field === undefined) {
    return shapeError(
      'features/<id>/steps/<id|*>/<field>',
      'features/<id>/steps/<id>/mix/<modelId>',
      'features/<id>/components/<id|*>/<field>',
    )
  }
  if (part === 'steps') {
    const steps = select(feature.steps, childSelector, 'step', byId, true)
    if ('error' in steps) return steps
    const owners = steps.map(({ item, index }) => ({
      keys: ['features', f, 'steps', index],
      entity: item,
    }))
    return fieldTargets('step', field, owners)
  }
  if (part === 'components') {
    const components = select(feature.components, childSelector, 'component', byId, true)
    if ('error' in components) return components
    const owners = components.map(({ item, index }) => ({
      keys: ['features', f, 'components', index],
      entity: item,
    }))
    return fieldTargets('component', field, owners)
  }
  return { error: `"${part}" is not a part of a feature (steps, components)` }
}

function resolvePlans(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [selector, part, featureId] = rest
  if (selector === undefined || part === undefined) return shapeError('plans/<id|*>/<field>')
  if (rest.length === 2) {
    const chosen = select(doc.plans, selector, 'plan', byId, true)
    if ('error' in chosen) return chosen
    const owners = chosen.map(({ item, index }) => ({ keys: ['plans', index], entity: item }))
    return fieldTargets('plan', part, owners)
  }
  if (rest.length !== 3 || (part !== 'includedUnits' && part !== 'overagePrice') || !featureId) {
    return shapeError('plans/<id>/includedUnits/<featureId>', 'plans/<id>/overagePrice/<featureId>')
  }
  const chosen = select(doc.plans, selector, 'plan', byId, false)
  if ('error' in chosen) return chosen
  if (!doc.features.some((feature) => feature.id === featureId)) {
    return { error: `no feature "${featureId}"` }
  }
  return {
    targets: chosen.map(({ item, index }) => ({
      type: 'field',
      keys: ['plans', index, part, featureId],
      current: item[part]?.[featureId] ?? MISSING_ENTRY_VALUE,
    })),
  }
}

function resolveCohorts(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [selector, part, featureSelector, field] = rest
  if (selector === undefined || part === undefined) return shapeError('cohorts/<id|*>/<field>')
  if (rest.length === 2) {
    const chosen = select(doc.cohorts, selector, 'cohort', byId, true)
    if ('error' in chosen) return chosen
    const owners = chosen.map(({ item, index }) => ({ keys: ['cohorts', index], entity: item }))
    return fieldTargets('cohort', part, owners)
  }
  if (rest.length !== 4 || part !== 'usage' || featureSelector === undefined || !field) {
    return shapeError('cohorts/<id>/usage/<featureId|*>/<field>')
  }
  const chosen = select(doc.cohorts, selector, 'cohort', byId, false)
  if ('error' in chosen) return chosen
  const [{ item: cohort, index: c }] = chosen as [Selected<WorkspaceDoc['cohorts'][number]>]
  // Usage rows are entities: an override changes a cohort's use of a feature, never invents it.
  const usage = select(cohort.usage, featureSelector, 'usage of feature', (u) => u.featureId, true)
  if ('error' in usage) return usage
  const owners = usage.map(({ item, index }) => ({
    keys: ['cohorts', c, 'usage', index],
    entity: item,
  }))
  return fieldTargets('usage', field, owners)
}

function resolveSelfHost(doc: WorkspaceDoc, rest: string[]): Resolution {
  const [selector, field] = rest
  if (rest.length !== 2 || selector === undefined || field === undefined) {
    return shapeError('selfHost/<id|*>/<field>')
  }
  const chosen = select(doc.selfHost, selector, 'self-host option', byId, true)
  if ('error' in chosen) return chosen
  const owners = chosen.map(({ item, index }) => ({ keys: ['selfHost', index], entity: item }))
  return fieldTargets('selfHost', field, owners)
}

const ROOTS: Record<string, (doc: WorkspaceDoc, rest: string[]) => Resolution> = {
  workspace: resolveWorkspace,
  models: resolveModels,
  features: resolveFeatures,
  plans: resolvePlans,
  cohorts: resolveCohorts,
  selfHost: resolveSelfHost,
}

/** What `path` names in `doc`: at least one target, or why it names nothing. */
export function resolveOverridePath(doc: WorkspaceDoc, path: string): Resolution {
  const [root, ...rest] = path.split('/')
  if (rest.some((segment) => segment === '')) return { error: 'a path segment is empty' }
  const resolve = Object.prototype.hasOwnProperty.call(ROOTS, root ?? '')
    ? ROOTS[root ?? '']
    : undefined
  if (!resolve) {
    return { error: `"${root}" is not a part of a workspace (${Object.keys(ROOTS).join(', ')})` }
  }
  const resolution = resolve(doc, rest)
  if ('targets' in resolution && resolution.targets.length === 0) {
    return { error: 'names nothing in this workspace' }
  }
  return resolution
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
