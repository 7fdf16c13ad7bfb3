/**
 * The compiled form of a document: what the margin math reads, with defaults resolved (§2),
 * references turned into indexes and every collection in id order.
 */
import type { Attribution, WorkspaceDoc } from '../model/types'

/** Prices per million tokens of one tier (the base tier or the long-context one). */
export interface TierPrices {
  input: number
  output: number
  cacheRead: number
  cacheWrite: number
  reasoning: number
}

/** A model's prices in effect at some date. Every tier has the one shape `tierPrices` gives it. */
export interface ModelPrices {
  base: TierPrices
  batchDiscountPct: number
  /** Calls with more input tokens than `thresholdTokens` pay these prices for the whole call. */
  longContext: { thresholdTokens: number; prices: TierPrices } | null
}

export interface CompiledModel {
  id: string
  isApi: boolean
  /** In `from` order; points with the same date keep their document order. */
  points: { from: string; prices: ModelPrices }[]
}

export interface TokenProfile {
  calls: number
  input: number
  output: number
  reasoning: number
}

/** How one step's calls use the prompt cache and the batch API. */
export interface CallShape {
  cachedPrefix: number
  prefixReuse: number
  batchSharePct: number
}

export interface CompiledStep extends CallShape {
  id: string
  mean: TokenProfile
  p95: TokenProfile
  /** Indexes into `CompiledDoc.models`. */
  mix: { model: number; sharePct: number }[]
}

export interface LayerCosts {
  inference: number
  orchestration: number
  infrastructure: number
  support: number
}

export interface CompiledFeature {
  id: string
  floorPct: number
  yellowBandPts: number
  pricePerUnit: number
  responseCacheHitPct: number
  retryRatePct: number
  hiddenCostPct: number
  steps: CompiledStep[]
  /** Document row i of the feature's steps is `steps[stepOrder[i]]`. */
  stepOrder: number[]
  componentCosts: LayerCosts
  componentCostsP95: LayerCosts
  fixedMonthly: number
  /** Σ steps callsPerUnit: the `usage` attribution weight of one unit. */
  callsPerUnit: number
}

export interface CompiledPlan {
  seatPrice: number
  platformFee: number
  aiRevenueSharePct: number
  attribution: Attribution
  nonAiCogsPerSeat: number
  /** The plan a conversion lands on; undefined when the plan does not convert. */
  convertsTo: { platformFee: number; seatPrice: number } | undefined
}

export interface CompiledUsage {
  /** Index into `CompiledDoc.features`. */
  feature: number
  unitsPerSeat: number
  tokenScale: number
  /** Present only when the plan has both an included allowance and an overage price. */
  overage: { includedUnits: number; price: number } | null
}

export interface CompiledCohort {
  id: string
  plan: CompiledPlan
  customers: number
  seatsPerCustomer: number
  monthlyGrowthPct: number
  usage: CompiledUsage[]
}

export interface CompiledSelfHost {
  id: string
  /** By model index: whether the option replaces that model. */
  replaces: boolean[]
  gpuHourlyCost: number
  gpusPerReplica: number
  tokensPerSecondPerReplica: number
  targetUtilizationPct: number
  opsOverheadPct: number
  fixedMonthlyCost: number
  minReplicas: number
  setupCost: number
}

export interface CompiledDoc {
  doc: WorkspaceDoc
  horizonMonths: number
  portfolioFloorPct: number
  annualPriceDeclinePct: number
  models: CompiledModel[]
  features: CompiledFeature[]
  cohorts: CompiledCohort[]
  selfHost: CompiledSelfHost[]
  /** Document row i of each collection is compiled entry `order[i]`. */
  modelOrder: number[]
  featureOrder: number[]
  cohortOrder: number[]
}
