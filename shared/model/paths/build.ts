/**
 * Typed builders for every path shape the walker reads (walk.ts), so no code concatenates path
 * segments by hand: `paths.step('support', 'loop', 'inputTokens')` →
 * `features/support/steps/loop/inputTokens`. A builder without its last argument names the entity
 * (`paths.step('support', 'loop')`), a plural names the collection (`paths.steps('support')`).
 */
import type {
  AlertRule,
  BacklogItem,
  AlertRuleId,
  Cohort,
  Component,
  Feature,
  LongContextPrices,
  Model,
  Plan,
  PricePoint,
  Scenario,
  SelfHostOption,
  Step,
  UsageEntry,
  WorkspaceDoc,
} from '../types'
import { PROVIDER_PREFIX } from './walk'

/** The fields of an entity a path may end at: its own fields, not the collections it holds. */
type FieldOf<T> = Exclude<keyof T & string, 'steps' | 'components' | 'mix' | 'usage' | 'prices'>
type WorkspaceField = Exclude<
  keyof WorkspaceDoc & string,
  'models' | 'features' | 'plans' | 'cohorts' | 'selfHost' | 'scenarios'
>
export type PlanMap = 'includedUnits' | 'overagePrice'
type OverrideField = 'path' | 'op' | 'value' | 'fromMonth'

const join = (...segments: (string | number | undefined)[]): string =>
  segments.filter((segment) => segment !== undefined).join('/')

export const paths = {
  workspace: (field: WorkspaceField) => join('workspace', field),

  models: () => 'models',
  model: (id: string, field?: FieldOf<Model>) => join('models', id, field),
  prices: (modelId: string) => join('models', modelId, 'prices'),
  price: (modelId: string, index: number | '*', field?: FieldOf<PricePoint>) =>
    join('models', modelId, 'prices', index, field),
  longContext: (modelId: string, index: number | '*', field?: keyof LongContextPrices & string) =>
    join('models', modelId, 'prices', index, 'longContext', field),

  features: () => 'features',
  feature: (id: string, field?: FieldOf<Feature>) => join('features', id, field),
  steps: (featureId: string) => join('features', featureId, 'steps'),
  step: (featureId: string, stepId: string, field?: FieldOf<Step>) =>
    join('features', featureId, 'steps', stepId, field),
  mix: (featureId: string, stepId: string) => join('features', featureId, 'steps', stepId, 'mix'),
  /** A model's share of a step's calls (the override form; edits may add `/sharePct`). */
  mixShare: (featureId: string, stepId: string, modelId: string) =>
    join('features', featureId, 'steps', stepId, 'mix', modelId),
  components: (featureId: string) => join('features', featureId, 'components'),
  component: (featureId: string, componentId: string, field?: FieldOf<Component>) =>
    join('features', featureId, 'components', componentId, field),

  plans: () => 'plans',
  plan: (id: string, field?: FieldOf<Plan>) => join('plans', id, field),
  planEntry: (planId: string, map: PlanMap, featureId?: string) =>
    join('plans', planId, map, featureId),

  cohorts: () => 'cohorts',
  cohort: (id: string, field?: FieldOf<Cohort>) => join('cohorts', id, field),
  usageList: (cohortId: string) => join('cohorts', cohortId, 'usage'),
  usage: (cohortId: string, featureId: string, field?: FieldOf<UsageEntry>) =>
    join('cohorts', cohortId, 'usage', featureId, field),

  selfHostOptions: () => 'selfHost',
  selfHost: (id: string, field?: FieldOf<SelfHostOption>) => join('selfHost', id, field),

  scenarios: () => 'scenarios',
  scenario: (id: string, field?: Exclude<keyof Scenario & string, 'overrides'>) =>
    join('scenarios', id, field),
  overrides: (scenarioId: string) => join('scenarios', scenarioId, 'overrides'),
  override: (scenarioId: string, index: number, field?: OverrideField) =>
    join('scenarios', scenarioId, 'overrides', index, field),
  /** The whole list of alert rules (set at once when the workspace has none yet). */
  alertRules: () => 'alertRules',
  alertRule: (id: AlertRuleId, field?: FieldOf<AlertRule>) => join('alertRules', id, field),
  /** The whole list of import mappings (§9), set at once: a mapping is saved whole. */
  actualsMappings: () => 'actualsMappings',
  /** The baseline's ranges (§11); a range is addressed by its index (`ranges/2`). */
  ranges: () => 'ranges',
  /** A scenario's own ranges (§11). */
  scenarioRanges: (scenarioId: string) => join('scenarios', scenarioId, 'ranges'),
  /** The backlog (§12); its items by id (`backlog/<id>/status`). */
  backlog: () => 'backlog',
  backlogItem: (id: string, field?: keyof BacklogItem & string) => join('backlog', id, field),
}

/** `…/mix/<modelId>/sharePct` (how an edit names a share) in the override form `…/mix/<modelId>`. */
export function overrideFormOf(path: string): string {
  const segments = path.split('/')
  const mixAt = segments.length - 3
  const isShare =
    segments[0] === 'features' && segments[mixAt] === 'mix' && segments.at(-1) === 'sharePct'
  return isShare ? segments.slice(0, -1).join('/') : path
}

/** A path one level down: an item of a collection by its key, a field of an entity. */
export const childPath = (path: string, segment: string | number): string => join(path, segment)

/** The path one level up: a field's entity, an entity's collection. */
export const parentPath = (path: string): string => path.split('/').slice(0, -1).join('/')

/** The last segment: a field's name, an item's key. */
export const lastSegment = (path: string): string => path.split('/').at(-1) ?? ''

/** Whether `path` is `entityPath` itself or anything inside it. */
export const isWithin = (path: string, entityPath: string): boolean =>
  path === entityPath || path.startsWith(`${entityPath}/`)

/** Edits of scenarios themselves (names, parents, override lists) are never scenario overrides. */
export const editsScenarios = (path: string): boolean => isWithin(path, paths.scenarios())

/** The cohort and feature of a usage field path (`cohorts/<id>/usage/<featureId>/<field>`). */
export function usageOfPath(path: string): { cohortId: string; featureId: string } | undefined {
  const [root, cohortId, usage, featureId, field, ...rest] = path.split('/')
  const isUsage =
    root === 'cohorts' && usage === 'usage' && field !== undefined && rest.length === 0
  return isUsage && cohortId && featureId ? { cohortId, featureId } : undefined
}

/** The model selector of every model from one provider, for override paths. */
export const providerSelector = (provider: string): string => `${PROVIDER_PREFIX}${provider}`
