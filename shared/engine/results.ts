/** The result format of DESIGN.md §5. Numbers are unrounded; rounding is for display only. */

export type Zone = 'red' | 'yellow' | 'green' | 'none'

export interface Layers {
  inference: number
  orchestration: number
  infrastructure: number
  support: number
  hidden: number
  fixed: number
  platform: number
}

/** A feature's layers: its COGS split by layer (no platform layer: non-AI COGS is per seat). */
export type FeatureLayers = Omit<Layers, 'platform'>

export interface PortfolioResult {
  revenue: number
  cogs: number
  grossProfit: number
  grossMarginPct: number | null
  aiCogs: number
  aiCogsPctOfRevenue: number | null
  floorPct: number
  zone: Zone
}

/** One step of a feature at token scale 1 (§5 wave 2). */
export interface StepResult {
  id: string
  /** Σ_m share·callCost_m: one call across the step's model mix. */
  callCost: number
  /** callsPerUnit·(1 + retry)·callCost·(1 − responseCacheHitPct/100). */
  costPerUnit: number
}

export interface FeatureResult {
  id: string
  units: number
  revenue: number
  cogs: number
  grossProfit: number
  grossMarginPct: number | null
  revenuePerUnit: number | null
  costPerUnit: number | null
  /** The §3 variable cost per unit at token scale 1, defined even without units. */
  variableCostPerUnit: number
  costPerUnitP95: number | null
  p95MarginPct: number | null
  floorPct: number
  zone: Zone
  breakevenPriceAtFloor: number | null
  breakevenPriceAtZero: number | null
  breakevenUnits: number | null
  layers: FeatureLayers
  /** In the feature's document order. */
  steps: StepResult[]
}

export type CohortFlag = 'cost-to-revenue-above-0.8' | 'no-revenue'

export interface CohortResult {
  id: string
  customers: number
  seats: number
  revenue: number
  cogs: number
  grossMarginPct: number | null
  revenuePerCustomer: number | null
  /** Null without seats. */
  revenuePerSeat: number | null
  cogsPerSeat: number | null
  /** (cogs − seats·nonAiCogsPerSeat)/seats: what the AI features cost per seat. */
  aiCogsPerSeat: number | null
  costToRevenue: number | null
  /** Against portfolioFloorPct with a 5-point band. */
  zone: Zone
  flags: CohortFlag[]
  /** Present only for cohorts on a plan with `convertsToPlanId`. */
  conversionBreakevenCustomers?: number | null
}

export interface ForecastRow {
  month: string
  revenue: number
  cogs: number
  grossProfit: number
  grossMarginPct: number | null
}

export interface SelfHostMonth {
  month: string
  tokens: number
  apiCost: number
  selfHostCost: number
  replicas: number
}

export interface SelfHostResult {
  id: string
  crossoverMonth: number | null
  paybackMonth: number | null
  crossoverMonthlyTokens: number | null
  crossoverMonthlyApiSpend: number | null
  monthly: SelfHostMonth[]
}

export interface ComputeResult {
  scenarioId: string | null
  month: string
  portfolio: PortfolioResult
  layers: Layers
  features: FeatureResult[]
  cohorts: CohortResult[]
  cacheBreakevenReuse: Record<string, number | null>
  forecast: ForecastRow[]
  selfHost: SelfHostResult[]
}
