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
}

/** A problem found in a document, a payload or a scenario, always naming where. */
export interface Problem {
  /** E.g. `features[support].steps[loop].mix`. */
  path: string
  message: string
}
