/**
 * The workspace document, interchange format version 1 (DESIGN.md §2).
 * Percent fields end in `Pct` and hold percent values (77.5 means 77.5%).
 * Money is USD per month unless named. Optional numeric fields default as §2 states.
 */

export type Id = string

export interface WorkspaceDoc {
  format: 'ai-margin-workspace'
  version: 1
  name: string
  currency: 'USD'
  /** 'YYYY-MM': month 0 of the forecast. */
  startMonth: string
  /** 1..120, default 24. */
  horizonMonths: number
  /** Default 55. */
  portfolioFloorPct?: number
  /** Applied to API models' prices over time, default 0. */
  annualPriceDeclinePct?: number
  models: Model[]
  features: Feature[]
  plans: Plan[]
  cohorts: Cohort[]
  selfHost: SelfHostOption[]
  scenarios: Scenario[]
  /** Margin alert rules (§10); a rule not listed runs with its defaults. */
  alertRules?: AlertRule[]
  /** How usage logs map onto the workspace (§9), one per log format, reused on the next import. */
  actualsMappings?: ActualsMapping[]
  /** The baseline's uncertain inputs (§11), one per path. */
  ranges?: Range[]
  /** The margin improvement backlog (§12): levers the team keeps, in the order it keeps them. */
  backlog?: BacklogItem[]
}

export type ModelKind = 'api' | 'self-hosted'

export interface Model {
  id: Id
  name: string
  provider: string
  kind: ModelKind
  prices: PricePoint[]
  /** The id the price source (catalog, genai-prices, LiteLLM) knows it by; refreshes match on it. */
  sourceId?: string
}

export interface LongContextPrices {
  thresholdTokens: number
  inputPerMTok: number
  outputPerMTok: number
  cacheReadPerMTok?: number
  cacheWritePerMTok?: number
}

/** Effective-dated: applies from `from` until the next point. */
export interface PricePoint {
  /** 'YYYY-MM-DD'. */
  from: string
  inputPerMTok: number
  outputPerMTok: number
  /** Default: inputPerMTok. */
  cacheReadPerMTok?: number
  /** Default: inputPerMTok. */
  cacheWritePerMTok?: number
  /** Default: outputPerMTok. */
  reasoningPerMTok?: number
  batchDiscountPct?: number
  longContext?: LongContextPrices
}

export type FeatureCategory = 'growth' | 'core' | 'premium'

export interface Feature {
  id: Id
  name: string
  /** The billable unit: 'ticket', 'document'. */
  unit: string
  category: FeatureCategory
  /** Default by category: growth 45, core 60, premium 70. */
  floorPct?: number
  /** Default 5. */
  yellowBandPts?: number
  pricePerUnit?: number
  responseCacheHitPct?: number
  retryRatePct?: number
  hiddenCostPct?: number
  steps: Step[]
  components: Component[]
}

export interface MixEntry {
  modelId: Id
  sharePct: number
}

/** One kind of LLM call made per unit. */
export interface Step {
  id: Id
  name: string
  /** Default 1. */
  callsPerUnit?: number
  inputTokens: number
  outputTokens: number
  reasoningTokens?: number
  callsPerUnitP95?: number
  inputTokensP95?: number
  outputTokensP95?: number
  reasoningTokensP95?: number
  cachedPrefixTokens?: number
  /** Calls served per cache write, >= 1, default 1. */
  prefixReuse?: number
  batchSharePct?: number
  /** Routing; shares sum to 100. */
  mix: MixEntry[]
}

export type ComponentLayer = 'inference' | 'orchestration' | 'infrastructure' | 'support'

/** A non-token cost. */
export interface Component {
  id: Id
  name: string
  layer: ComponentLayer
  costPerUnit?: number
  /** Default: costPerUnit. */
  costPerUnitP95?: number
  /** E.g. GPU hosting; allocated to cohorts by units. */
  fixedMonthly?: number
}

export type Attribution = 'usage' | 'cost' | 'equal'

export interface Plan {
  id: Id
  name: string
  /** Per seat, per month. */
  seatPrice: number
  /** Per customer, per month. */
  platformFee?: number
  aiRevenueSharePct: number
  attribution: Attribution
  nonAiCogsPerSeat?: number
  /** Per seat per month, keyed by feature id. */
  includedUnits?: Record<Id, number>
  /** Per unit beyond includedUnits, keyed by feature id. */
  overagePrice?: Record<Id, number>
  /** For free plans: the plan a conversion lands on. */
  convertsToPlanId?: Id
}

export interface UsageEntry {
  featureId: Id
  unitsPerSeat: number
  /** Default 1. */
  tokenScale?: number
}

export interface Cohort {
  id: Id
  name: string
  planId: Id
  customers: number
  /** Default 1. */
  seatsPerCustomer?: number
  monthlyGrowthPct?: number
  usage: UsageEntry[]
}

export interface SelfHostOption {
  id: Id
  name: string
  replacesModelIds: Id[]
  gpuHourlyCost: number
  gpusPerReplica: number
  /** Input + output tokens. */
  tokensPerSecondPerReplica: number
  targetUtilizationPct: number
  opsOverheadPct?: number
  fixedMonthlyCost?: number
  /** Default 1. */
  minReplicas?: number
  setupCost?: number
}

/** The ops that change a number (DESIGN.md §4). */
export type ValueOp = 'set' | 'scale' | 'add'
/** Plus the ops that change structure (§4a): add an entity to a collection, remove one. */
export type OverrideOp = ValueOp | 'insert' | 'remove'

/** An entity as a scenario inserts it: the §2 shape of whatever its collection holds. */
export type InsertedEntity =
  Model | Feature | Step | Component | Plan | Cohort | UsageEntry | SelfHostOption

interface OverrideBase {
  path: string
  /** Default 0. */
  fromMonth?: number
}

/** Changes the numeric field (or fields, through a selector) `path` names. */
export interface ValueOverride extends OverrideBase {
  op: ValueOp
  value: number
}

/** Adds `value` to the collection `path` names (`features`, `features/<id>/steps`, …). */
export interface InsertOverride extends OverrideBase {
  op: 'insert'
  value: InsertedEntity
}

/** Removes the entity `path` names (`features/<id>/steps/<id>`, `cohorts/<id>/usage/<id>`, …). */
export interface RemoveOverride extends OverrideBase {
  op: 'remove'
}

export type Override = ValueOverride | InsertOverride | RemoveOverride

export interface Scenario {
  id: Id
  name: string
  parentId?: Id
  overrides: Override[]
  /** Ranges of this scenario (§11): one on a path replaces the one it inherits on that path. */
  ranges?: Range[]
}

/** How a range's draws spread between its low and high (§11). */
export type RangeShape = 'pert' | 'triangular' | 'uniform' | 'lognormal'

/**
 * An uncertain numeric input (§11): the field (or fields, through a selector) an override path
 * names, drawn between `low` and `high` around `likely`. `lognormal` reads low and high as its 5th
 * and 95th percentiles and ignores likely. Ranges sharing a `group` move together (one quantile
 * per draw).
 */
export interface Range {
  path: string
  low: number
  likely: number
  high: number
  shape: RangeShape
  group?: string
}

/** Where a backlog item stands (§12). */
export type BacklogStatus = 'idea' | 'planned' | 'shipped' | 'dropped'

/** A margin lever the team keeps (§12, §13): what it changes, as scenario overrides. */
export interface BacklogItem {
  id: Id
  title: string
  /** The change, as overrides on top of the scenario it is evaluated against. */
  overrides: Override[]
  status: BacklogStatus
  owner?: string
  /** 'YYYY-MM-DD'. */
  due?: string
  notes?: string
  /** The proposed lever it was kept from (its stable key), so the proposal shows it as kept. */
  leverId?: string
  /** What shipping it costs once (USD), for the months to payback. */
  oneOffCost?: number
}

/** A problem found in a document, a payload or a scenario, always naming where. */
export interface Problem {
  /** E.g. `features[support].steps[loop].mix`. */
  path: string
  message: string
}

/** The playbook's tier-2 alerts (DESIGN.md §10). */
export type AlertRuleId =
  'yellow-7d' | 'red-3d' | 'customer-cost-ratio' | 'cost-per-unit-jump' | 'price-change'

/** A rule as the workspace tunes it; absent fields take the rule's defaults (§10). */
export interface AlertRule {
  id: AlertRuleId
  enabled: boolean
  /** The trailing window in days: 7, 3, 7, 7 (and the days a price change stays open: 7). */
  windowDays?: number
  /**
   * customer-cost-ratio: the cost ÷ revenue above which it fires (0.8); cost-per-unit-jump: the
   * rise in percent over the previous window (15). Unused by the margin and price rules.
   */
  threshold?: number
}

/** The usage formats §9 reads; `csv` is any CSV through a column mapping. */
export type UsageFormat =
  'langfuse' | 'helicone' | 'litellm' | 'openai' | 'anthropic' | 'otel' | 'csv'

/** Where in a usage row a mapping reads a value. `metadata` and `tag` take a `key`. */
export type UsageField =
  | 'traceName'
  | 'observationName'
  | 'tag'
  | 'metadata'
  | 'projectId'
  | 'apiKeyId'
  | 'userId'
  | 'traceId'
  | 'sessionId'
  | 'requestId'

/** A source value and the workspace id it stands for (`support-bot` → feature `simple`). */
export interface ValueMapEntry {
  value: string
  id: Id
}

/**
 * Reads one thing from a usage row: the value at `from` (a metadata `key`; for `tag`, the tags
 * starting with `key` + ':' when a key is given, else every tag), translated by `values` when it
 * lists the value, else taken as the id itself (case-insensitively matched against ids and names).
 */
export interface FieldRule {
  from: UsageField
  key?: string
  values?: ValueMapEntry[]
}

/** A column of a generic CSV and the usage field it fills (`field`: day, model, inputTokens, …). */
export interface ColumnEntry {
  field: string
  column: string
}

/** One format's mapping onto the workspace (§9); fields left out take §9's defaults. */
export interface ActualsMapping {
  /** The format it maps: one mapping per format. */
  id: UsageFormat
  feature?: FieldRule
  step?: FieldRule
  /** What one billable unit is: units = distinct values of this field. */
  unit?: 'traceId' | 'sessionId' | 'requestId'
  customer?: FieldRule
  /** Source model name → workspace model id. */
  models?: ValueMapEntry[]
  /** Customer id → cohort id. */
  cohorts?: ValueMapEntry[]
  /** The cohort of a customer `cohorts` does not list (the rule); absent: unassigned. */
  defaultCohortId?: Id
  /** `csv` only: which column holds each usage field. */
  columns?: ColumnEntry[]
}
