/** The workspace document of DESIGN.md §2, field by field, with the bounds §2 gives each one. */
import type {
  ArrayNode,
  Field,
  ItemKey,
  NumberRange,
  ObjectNode,
  ReferencedCollection,
  SchemaNode,
} from './schemaTypes'
import {
  ANY_FINITE,
  AT_LEAST_ONE,
  GROWTH_PERCENT,
  HORIZON_MONTHS,
  MONTH_INDEX,
  NON_NEGATIVE,
  PERCENT,
  PERCENT_ABOVE_0,
  PERCENT_BELOW_100,
  POSITIVE,
  WINDOW_DAYS,
} from './ranges'
import { sharesSumTo100 } from './mixSum'
import type { AlertRuleId, UsageField } from '../types'

const required = (node: SchemaNode): Field => ({ node, optional: false })
const optional = (node: SchemaNode): Field => ({ node, optional: true })

const text: SchemaNode = { kind: 'string' }
const id: SchemaNode = { kind: 'id' }
const ref = (to: ReferencedCollection): SchemaNode => ({ kind: 'ref', to })
const oneOf = (...values: string[]): SchemaNode => ({ kind: 'enum', values })
const num = (range: NumberRange = NON_NEGATIVE): SchemaNode => ({ kind: 'number', range })
const object = (fields: Record<string, Field>): ObjectNode => ({ kind: 'object', fields })
const list = (item: SchemaNode, extra: Omit<ArrayNode, 'kind' | 'item'> = {}): ArrayNode => ({
  kind: 'array',
  item,
  ...extra,
})

const byId: ItemKey = { field: 'id', noun: 'id', addressed: true }
const entities = (item: ObjectNode): ArrayNode => list(item, { key: byId })

const longContext = object({
  thresholdTokens: required(num()),
  inputPerMTok: required(num()),
  outputPerMTok: required(num()),
  cacheReadPerMTok: optional(num()),
  cacheWritePerMTok: optional(num()),
})

const pricePoint = object({
  from: required({ kind: 'date', format: 'YYYY-MM-DD' }),
  inputPerMTok: required(num()),
  outputPerMTok: required(num()),
  cacheReadPerMTok: optional(num()),
  cacheWritePerMTok: optional(num()),
  reasoningPerMTok: optional(num()),
  batchDiscountPct: optional(num(PERCENT)),
  longContext: optional(longContext),
})

const model = object({
  id: required(id),
  name: required(text),
  provider: required(text),
  kind: required(oneOf('api', 'self-hosted')),
  prices: required(
    list(pricePoint, {
      // Two points from the same day would make the price on that day ambiguous.
      key: { field: 'from', noun: 'start date', addressed: false },
      nonEmpty: 'needs at least one price point',
    }),
  ),
  sourceId: optional(text),
})

const mixEntry = object({
  modelId: required(ref('models')),
  sharePct: required(num(PERCENT)),
})

const step = object({
  id: required(id),
  name: required(text),
  callsPerUnit: optional(num()),
  inputTokens: required(num()),
  outputTokens: required(num()),
  reasoningTokens: optional(num()),
  callsPerUnitP95: optional(num()),
  inputTokensP95: optional(num()),
  outputTokensP95: optional(num()),
  reasoningTokensP95: optional(num()),
  cachedPrefixTokens: optional(num()),
  prefixReuse: optional(num(AT_LEAST_ONE)),
  batchSharePct: optional(num(PERCENT)),
  mix: required(
    list(mixEntry, {
      key: { field: 'modelId', noun: 'model', addressed: true },
      nonEmpty: 'needs at least one model',
      rules: [sharesSumTo100],
    }),
  ),
})

const component = object({
  id: required(id),
  name: required(text),
  layer: required(oneOf('inference', 'orchestration', 'infrastructure', 'support')),
  costPerUnit: optional(num()),
  costPerUnitP95: optional(num()),
  fixedMonthly: optional(num()),
})

const feature = object({
  id: required(id),
  name: required(text),
  unit: required(text),
  category: required(oneOf('growth', 'core', 'premium')),
  floorPct: optional(num(PERCENT_BELOW_100)),
  yellowBandPts: optional(num(PERCENT)),
  pricePerUnit: optional(num()),
  responseCacheHitPct: optional(num(PERCENT)),
  retryRatePct: optional(num()),
  hiddenCostPct: optional(num()),
  steps: required(entities(step)),
  components: required(entities(component)),
})

const perFeature: SchemaNode = { kind: 'record', keyRef: 'features', value: num() }

const plan = object({
  id: required(id),
  name: required(text),
  seatPrice: required(num()),
  platformFee: optional(num()),
  aiRevenueSharePct: required(num(PERCENT)),
  attribution: required(oneOf('usage', 'cost', 'equal')),
  nonAiCogsPerSeat: optional(num()),
  includedUnits: optional(perFeature),
  overagePrice: optional(perFeature),
  convertsToPlanId: optional(ref('plans')),
})

const usageEntry = object({
  featureId: required(ref('features')),
  unitsPerSeat: required(num()),
  tokenScale: optional(num()),
})

const cohort = object({
  id: required(id),
  name: required(text),
  planId: required(ref('plans')),
  customers: required(num()),
  seatsPerCustomer: optional(num()),
  monthlyGrowthPct: optional(num(GROWTH_PERCENT)),
  usage: required(
    list(usageEntry, { key: { field: 'featureId', noun: 'feature', addressed: true } }),
  ),
})

const selfHostOption = object({
  id: required(id),
  name: required(text),
  replacesModelIds: required(list(ref('models'))),
  gpuHourlyCost: required(num()),
  gpusPerReplica: required(num()),
  tokensPerSecondPerReplica: required(num(POSITIVE)),
  targetUtilizationPct: required(num(PERCENT_ABOVE_0)),
  opsOverheadPct: optional(num()),
  fixedMonthlyCost: optional(num()),
  minReplicas: optional(num()),
  setupCost: optional(num()),
})

const overrideBase = {
  path: required(text),
  fromMonth: optional(num(MONTH_INDEX)),
}
const valueOverride = (op: string): ObjectNode =>
  object({
    ...overrideBase,
    op: required({ kind: 'literal', value: op }),
    value: required(num(ANY_FINITE)),
  })

/** DESIGN.md §4 and §4a: what `value` holds depends on the op. */
const overrideNode: SchemaNode = {
  kind: 'tagged',
  tag: 'op',
  variants: {
    set: valueOverride('set'),
    scale: valueOverride('scale'),
    add: valueOverride('add'),
    insert: object({
      ...overrideBase,
      op: required({ kind: 'literal', value: 'insert' }),
      value: required({ kind: 'entity' }),
    }),
    remove: object({ ...overrideBase, op: required({ kind: 'literal', value: 'remove' }) }),
  },
}

/**
 * §11: an uncertain input. What its path names and whether its bounds suit that field are checked
 * against the document it applies to (rangeChecks.ts); here, its shape.
 */
const rangeNode = object({
  path: required({ kind: 'string', overridePath: true }),
  low: required(num(ANY_FINITE)),
  likely: required(num(ANY_FINITE)),
  high: required(num(ANY_FINITE)),
  shape: required(oneOf('pert', 'triangular', 'uniform', 'lognormal')),
  group: optional(text),
})
/** One range per path in a list: a second would leave which one applies ambiguous. */
export const rangeList = list(rangeNode, {
  key: { field: 'path', noun: 'range on', addressed: false },
})

export const scenarioNode = object({
  id: required(id),
  name: required(text),
  parentId: optional(ref('scenarios')),
  overrides: required(list(overrideNode)),
  ranges: optional(rangeList),
})

export const scenarioList = entities(scenarioNode)
/** Checked apart from the rest: how sound the rest is decides how far scenarios can be checked. */
export const scenariosField = required(scenarioList)

const ALERT_RULES = [
  'yellow-7d',
  'red-3d',
  'customer-cost-ratio',
  'cost-per-unit-jump',
  'price-change',
] as const satisfies readonly AlertRuleId[]

/** §10: a rule switched on or off, with its window and threshold when they differ from defaults. */
const alertRule = object({
  id: required(oneOf(...ALERT_RULES)),
  enabled: required({ kind: 'boolean' }),
  windowDays: optional(num(WINDOW_DAYS)),
  threshold: optional(num(POSITIVE)),
})

const USAGE_FIELDS = [
  'traceName',
  'observationName',
  'tag',
  'metadata',
  'projectId',
  'apiKeyId',
  'userId',
  'traceId',
  'sessionId',
  'requestId',
] as const satisfies readonly UsageField[]

/**
 * A source value and the id it stands for. Ids in a mapping are checked when a log is imported,
 * not here: a mapping naming a feature the workspace has since lost must not block the document.
 */
const valueMap = list(object({ value: required(text), id: required(text) }), {
  key: { field: 'value', noun: 'value', addressed: false },
})
const fieldRule = object({
  from: required(oneOf(...USAGE_FIELDS)),
  key: optional(text),
  values: optional(valueMap),
})

/** §9: how one format's rows map onto features, steps, units, models, customers and cohorts. */
const actualsMapping = object({
  id: required(oneOf('langfuse', 'helicone', 'litellm', 'openai', 'anthropic', 'otel', 'csv')),
  feature: optional(fieldRule),
  step: optional(fieldRule),
  unit: optional(oneOf('traceId', 'sessionId', 'requestId')),
  customer: optional(fieldRule),
  models: optional(valueMap),
  cohorts: optional(valueMap),
  defaultCohortId: optional(text),
  columns: optional(
    list(object({ field: required(text), column: required(text) }), {
      key: { field: 'field', noun: 'field', addressed: false },
    }),
  ),
})

/**
 * §12: a lever the team keeps. Its overrides are checked for shape only: a kept lever whose path
 * the workspace has since lost is reported where it is evaluated, and must not block the document.
 */
const backlogItem = object({
  id: required(id),
  title: required(text),
  overrides: required(list(overrideNode)),
  status: required(oneOf('idea', 'planned', 'shipped', 'dropped')),
  owner: optional(text),
  due: optional({ kind: 'date', format: 'YYYY-MM-DD' }),
  notes: optional(text),
  leverId: optional(text),
  oneOffCost: optional(num()),
})

export const documentNode = object({
  format: required({ kind: 'literal', value: 'ai-margin-workspace' }),
  version: required({ kind: 'literal', value: 1 }),
  name: required(text),
  currency: required({ kind: 'literal', value: 'USD' }),
  startMonth: required({ kind: 'date', format: 'YYYY-MM' }),
  horizonMonths: required(num(HORIZON_MONTHS)),
  portfolioFloorPct: optional(num(PERCENT_BELOW_100)),
  annualPriceDeclinePct: optional(num(PERCENT_BELOW_100)),
  models: required(entities(model)),
  features: required(entities(feature)),
  plans: required(entities(plan)),
  cohorts: required(entities(cohort)),
  selfHost: required(entities(selfHostOption)),
  scenarios: scenariosField,
  alertRules: optional(entities(alertRule)),
  actualsMappings: optional(entities(actualsMapping)),
  ranges: optional(rangeList),
  backlog: optional(entities(backlogItem)),
})

/** What a reference to each collection is called in messages: `unknown model "gpt-5"`. */
export const REFERENCE_NOUNS: Readonly<Record<ReferencedCollection, string>> = {
  models: 'model',
  features: 'feature',
  plans: 'plan',
  scenarios: 'scenario',
}
