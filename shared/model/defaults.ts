/**
 * Every default of DESIGN.md §2 in one place. The engine reads documents through these resolvers,
 * scenario overrides start from them when a field is absent (§4), and the validator and the UI can
 * show the value an empty cell stands for.
 */
import type {
  Cohort,
  Component,
  Feature,
  FeatureCategory,
  LongContextPrices,
  Plan,
  PricePoint,
  SelfHostOption,
  Step,
  UsageEntry,
  WorkspaceDoc,
} from './types'

export const DEFAULT_HORIZON_MONTHS = 24
export const DEFAULT_PORTFOLIO_FLOOR_PCT = 55
/** The portfolio's yellow band is fixed; features carry their own `yellowBandPts`. */
export const PORTFOLIO_YELLOW_BAND_PTS = 5
export const DEFAULT_YELLOW_BAND_PTS = 5
export const DEFAULT_FLOOR_PCT_BY_CATEGORY: Readonly<Record<FeatureCategory, number>> = {
  growth: 45,
  core: 60,
  premium: 70,
}
/** A missing `includedUnits` / `overagePrice` entry or mix share starts from 0 (§4). */
export const MISSING_ENTRY_VALUE = 0

type DefaultRules<E> = Readonly<Record<string, (entity: E) => number>>
const zero = (): number => 0

/**
 * The numeric fields of each kind of entity a scenario can override, each with the value the field
 * stands for when absent. Required fields are listed too (their rule only matters to a validator
 * that has already reported them missing): the keys double as the override grammar's field names.
 */
export const FIELD_DEFAULTS = {
  workspace: {
    horizonMonths: () => DEFAULT_HORIZON_MONTHS,
    portfolioFloorPct: () => DEFAULT_PORTFOLIO_FLOOR_PCT,
    annualPriceDeclinePct: zero,
  } satisfies DefaultRules<WorkspaceDoc>,
  price: {
    inputPerMTok: zero,
    outputPerMTok: zero,
    cacheReadPerMTok: (price) => price.inputPerMTok,
    cacheWritePerMTok: (price) => price.inputPerMTok,
    reasoningPerMTok: (price) => price.outputPerMTok,
    batchDiscountPct: zero,
  } satisfies DefaultRules<PricePoint>,
  longContext: {
    thresholdTokens: zero,
    inputPerMTok: zero,
    outputPerMTok: zero,
    cacheReadPerMTok: (tier) => tier.inputPerMTok,
    cacheWritePerMTok: (tier) => tier.inputPerMTok,
  } satisfies DefaultRules<LongContextPrices>,
  feature: {
    floorPct: (feature) => DEFAULT_FLOOR_PCT_BY_CATEGORY[feature.category],
    yellowBandPts: () => DEFAULT_YELLOW_BAND_PTS,
    pricePerUnit: zero,
    responseCacheHitPct: zero,
    retryRatePct: zero,
    hiddenCostPct: zero,
  } satisfies DefaultRules<Feature>,
  step: {
    callsPerUnit: () => 1,
    inputTokens: zero,
    outputTokens: zero,
    reasoningTokens: zero,
    // A P95 field stands for its mean, itself possibly defaulted.
    callsPerUnitP95: (step) => callsPerUnitOf(step),
    inputTokensP95: (step) => step.inputTokens,
    outputTokensP95: (step) => step.outputTokens,
    reasoningTokensP95: (step) => reasoningTokensOf(step),
    cachedPrefixTokens: zero,
    prefixReuse: () => 1,
    batchSharePct: zero,
  } satisfies DefaultRules<Step>,
  component: {
    costPerUnit: zero,
    costPerUnitP95: (component) => costPerUnitOf(component),
    fixedMonthly: zero,
  } satisfies DefaultRules<Component>,
  plan: {
    seatPrice: zero,
    platformFee: zero,
    aiRevenueSharePct: zero,
    nonAiCogsPerSeat: zero,
  } satisfies DefaultRules<Plan>,
  cohort: {
    customers: zero,
    seatsPerCustomer: () => 1,
    monthlyGrowthPct: zero,
  } satisfies DefaultRules<Cohort>,
  usage: {
    unitsPerSeat: zero,
    tokenScale: () => 1,
  } satisfies DefaultRules<UsageEntry>,
  selfHost: {
    gpuHourlyCost: zero,
    gpusPerReplica: zero,
    tokensPerSecondPerReplica: zero,
    targetUtilizationPct: zero,
    opsOverheadPct: zero,
    fixedMonthlyCost: zero,
    minReplicas: () => 1,
    setupCost: zero,
  } satisfies DefaultRules<SelfHostOption>,
} as const

const rules = FIELD_DEFAULTS

export const horizonMonthsOf = (doc: WorkspaceDoc): number =>
  doc.horizonMonths ?? rules.workspace.horizonMonths()
export const portfolioFloorPctOf = (doc: WorkspaceDoc): number =>
  doc.portfolioFloorPct ?? rules.workspace.portfolioFloorPct()
export const annualPriceDeclinePctOf = (doc: WorkspaceDoc): number =>
  doc.annualPriceDeclinePct ?? rules.workspace.annualPriceDeclinePct()

export const floorPctOf = (feature: Feature): number =>
  feature.floorPct ?? rules.feature.floorPct(feature)
export const yellowBandPtsOf = (feature: Feature): number =>
  feature.yellowBandPts ?? rules.feature.yellowBandPts()

export const cacheReadPriceOf = (price: PricePoint | LongContextPrices): number =>
  price.cacheReadPerMTok ?? price.inputPerMTok
export const cacheWritePriceOf = (price: PricePoint | LongContextPrices): number =>
  price.cacheWritePerMTok ?? price.inputPerMTok
export const reasoningPriceOf = (price: PricePoint): number =>
  price.reasoningPerMTok ?? rules.price.reasoningPerMTok(price)

export const callsPerUnitOf = (step: Step): number => step.callsPerUnit ?? rules.step.callsPerUnit()
export const reasoningTokensOf = (step: Step): number =>
  step.reasoningTokens ?? rules.step.reasoningTokens()
export const prefixReuseOf = (step: Step): number => step.prefixReuse ?? rules.step.prefixReuse()
export const callsPerUnitP95Of = (step: Step): number =>
  step.callsPerUnitP95 ?? rules.step.callsPerUnitP95(step)
export const inputTokensP95Of = (step: Step): number =>
  step.inputTokensP95 ?? rules.step.inputTokensP95(step)
export const outputTokensP95Of = (step: Step): number =>
  step.outputTokensP95 ?? rules.step.outputTokensP95(step)
export const reasoningTokensP95Of = (step: Step): number =>
  step.reasoningTokensP95 ?? rules.step.reasoningTokensP95(step)

export const costPerUnitOf = (component: Component): number =>
  component.costPerUnit ?? rules.component.costPerUnit()
export const costPerUnitP95Of = (component: Component): number =>
  component.costPerUnitP95 ?? rules.component.costPerUnitP95(component)

export const seatsPerCustomerOf = (cohort: Cohort): number =>
  cohort.seatsPerCustomer ?? rules.cohort.seatsPerCustomer()
export const tokenScaleOf = (usage: UsageEntry): number =>
  usage.tokenScale ?? rules.usage.tokenScale()
export const minReplicasOf = (option: SelfHostOption): number =>
  option.minReplicas ?? rules.selfHost.minReplicas()

export type FieldKind = keyof typeof FIELD_DEFAULTS

export function numericFieldsOf(kind: FieldKind): string[] {
  return Object.keys(FIELD_DEFAULTS[kind])
}

export function isNumericField(kind: FieldKind, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(FIELD_DEFAULTS[kind], field)
}

/** The value an absent `field` of `entity` stands for; undefined for a field `kind` lacks. */
export function defaultOf(kind: FieldKind, entity: object, field: string): number | undefined {
  if (!isNumericField(kind, field)) return undefined
  const kindRules = FIELD_DEFAULTS[kind] as DefaultRules<object>
  return kindRules[field]?.(entity)
}

/** The field's own value when present, else the value it stands for. */
export function effectiveValueOf(
  kind: FieldKind,
  entity: object,
  field: string,
): number | undefined {
  const own = (entity as Record<string, unknown>)[field]
  return typeof own === 'number' ? own : defaultOf(kind, entity, field)
}
