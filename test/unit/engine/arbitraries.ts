/**
 * Small random workspaces for property tests, valid by construction: every kind of entity and
 * optional field of DESIGN.md §2 (long-context tiers, prompt caching, batch, P95 fields, overage,
 * conversions, self-host options), with values on both sides of each threshold (zero amounts,
 * prefixes longer than the input, zero customers, −100% growth, mixes at 100 ± 0.01), at sizes
 * where one evaluation takes well under a millisecond. Also: every concrete override path a
 * document offers, and a seeded shuffle.
 */
import fc from 'fast-check'
import { numericFieldsOf, type FieldKind } from '../../../shared/model/defaults'
import type {
  Cohort,
  Component,
  Feature,
  Model,
  Plan,
  PricePoint,
  SelfHostOption,
  Step,
  WorkspaceDoc,
} from '../../../shared/model/types'
import { mulberry32 } from '../../fixtures/random'

export type Gen = fc.GeneratorValue

export const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max })
export const chance = (g: Gen): boolean => g(fc.boolean)
/** Two decimals, and 0 one time in eight: zero prices, costs and fees are where edge cases hide. */
export const amount = (g: Gen, max: number): number =>
  int(g, 0, 7) === 0 ? 0 : int(g, 0, max * 100) / 100
export const pick = <T>(g: Gen, items: readonly T[]): T => items[int(g, 0, items.length - 1)] as T
export const maybe = <T extends object>(g: Gen, value: () => T): T | object =>
  chance(g) ? value() : {}
export const subset = <T>(g: Gen, items: readonly T[], minLength = 0): T[] =>
  g(fc.subarray<T>, items.slice(), { minLength })
export const ids = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}`)

function pricePoint(g: Gen, from: string): PricePoint {
  return {
    from,
    inputPerMTok: amount(g, 20),
    outputPerMTok: amount(g, 60),
    ...maybe(g, () => ({ cacheReadPerMTok: amount(g, 4) })),
    ...maybe(g, () => ({ cacheWritePerMTok: amount(g, 25) })),
    ...maybe(g, () => ({ reasoningPerMTok: amount(g, 60) })),
    ...maybe(g, () => ({ batchDiscountPct: int(g, 0, 100) })),
    ...maybe(g, () => ({
      longContext: {
        thresholdTokens: int(g, 0, 20_000),
        inputPerMTok: amount(g, 40),
        outputPerMTok: amount(g, 90),
        ...maybe(g, () => ({ cacheReadPerMTok: amount(g, 4) })),
        ...maybe(g, () => ({ cacheWritePerMTok: amount(g, 50) })),
      },
    })),
  }
}

/** Points dated before and after the months evaluated (2026-01 …), in any order. */
function model(g: Gen, m: number): Model {
  const dates = ['2025-06-01', '2026-01-01', '2026-02-15', '2026-03-01', '2026-05-20', '2027-01-01']
  const chosen = subset(g, dates, 1)
  const ordered = chance(g) ? chosen : chosen.slice().reverse()
  return {
    id: `m${m}`,
    name: `Model ${m}`,
    provider: pick(g, ['openai', 'anthropic', 'local']),
    kind: chance(g) ? 'api' : 'self-hosted',
    prices: ordered.map((from) => pricePoint(g, from)),
  }
}

function mix(g: Gen, modelIds: readonly string[]): Step['mix'] {
  const chosen = subset(g, modelIds, 1)
  const weights = chosen.map(() => int(g, 1, 9))
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const exact = weights.map((weight) => (100 * weight) / total)
  // Shares rounded to cents sum to 100 only within §2's ±0.01 (33.33 × 3): a mix override must
  // still bring them to 100.
  const rounded = exact.map((share) => Math.round(share * 100) / 100)
  const roundedSum = rounded.reduce((sum, share) => sum + share, 0)
  const shares = chance(g) && Math.abs(roundedSum - 100) <= 0.01 ? rounded : exact
  return chosen.map((modelId, i) => ({ modelId, sharePct: shares[i]! }))
}

function step(g: Gen, s: number, modelIds: readonly string[]): Step {
  return {
    id: `s${s}`,
    name: `Step ${s}`,
    ...maybe(g, () => ({ callsPerUnit: int(g, 0, 5) })),
    inputTokens: int(g, 0, 30_000),
    outputTokens: int(g, 0, 3_000),
    ...maybe(g, () => ({ reasoningTokens: int(g, 0, 4_000) })),
    ...maybe(g, () => ({ callsPerUnitP95: int(g, 0, 10) })),
    ...maybe(g, () => ({ inputTokensP95: int(g, 0, 80_000) })),
    ...maybe(g, () => ({ outputTokensP95: int(g, 0, 8_000) })),
    ...maybe(g, () => ({ reasoningTokensP95: int(g, 0, 8_000) })),
    ...maybe(g, () => ({ cachedPrefixTokens: int(g, 0, 40_000) })),
    ...maybe(g, () => ({ prefixReuse: 1 + amount(g, 30) })),
    ...maybe(g, () => ({ batchSharePct: int(g, 0, 100) })),
    mix: mix(g, modelIds),
  }
}

function component(g: Gen, c: number): Component {
  return {
    id: `c${c}`,
    name: `Component ${c}`,
    layer: pick(g, ['inference', 'orchestration', 'infrastructure', 'support'] as const),
    ...maybe(g, () => ({ costPerUnit: amount(g, 0.05) })),
    ...maybe(g, () => ({ costPerUnitP95: amount(g, 0.2) })),
    ...maybe(g, () => ({ fixedMonthly: amount(g, 5_000) })),
  }
}

function feature(g: Gen, f: number, modelIds: readonly string[]): Feature {
  return {
    id: `f${f}`,
    name: `Feature ${f}`,
    unit: 'unit',
    category: pick(g, ['growth', 'core', 'premium'] as const),
    ...maybe(g, () => ({ floorPct: int(g, 0, 99) })),
    ...maybe(g, () => ({ yellowBandPts: int(g, 0, 20) })),
    ...maybe(g, () => ({ pricePerUnit: amount(g, 5) })),
    ...maybe(g, () => ({ responseCacheHitPct: int(g, 0, 100) })),
    ...maybe(g, () => ({ retryRatePct: int(g, 0, 30) })),
    ...maybe(g, () => ({ hiddenCostPct: int(g, 0, 40) })),
    steps: Array.from({ length: int(g, 0, 3) }, (_, s) => step(g, s, modelIds)),
    components: Array.from({ length: int(g, 0, 3) }, (_, c) => component(g, c)),
  }
}

function perFeature(g: Gen, featureIds: readonly string[], max: number): Record<string, number> {
  return Object.fromEntries(subset(g, featureIds).map((id) => [id, amount(g, max)]))
}

function plan(g: Gen, p: number, planIds: readonly string[], featureIds: readonly string[]): Plan {
  return {
    id: `p${p}`,
    name: `Plan ${p}`,
    seatPrice: amount(g, 100),
    ...maybe(g, () => ({ platformFee: amount(g, 500) })),
    aiRevenueSharePct: int(g, 0, 100),
    attribution: pick(g, ['usage', 'cost', 'equal'] as const),
    ...maybe(g, () => ({ nonAiCogsPerSeat: amount(g, 10) })),
    ...maybe(g, () => ({ includedUnits: perFeature(g, featureIds, 200) })),
    ...maybe(g, () => ({ overagePrice: perFeature(g, featureIds, 2) })),
    ...maybe(g, () => ({ convertsToPlanId: pick(g, planIds) })),
  }
}

function cohort(g: Gen, c: number, planIds: readonly string[], featureIds: readonly string[]) {
  const result: Cohort = {
    id: `h${c}`,
    name: `Cohort ${c}`,
    planId: pick(g, planIds),
    customers: chance(g) ? int(g, 0, 2_000) : pick(g, [0, 1, 7]),
    ...maybe(g, () => ({ seatsPerCustomer: int(g, 0, 20) })),
    ...maybe(g, () => ({ monthlyGrowthPct: pick(g, [-100, -20, -5, 0, 3, 8, 20]) })),
    usage: subset(g, featureIds).map((featureId) => ({
      featureId,
      unitsPerSeat: chance(g) ? amount(g, 300) : 0,
      ...maybe(g, () => ({ tokenScale: amount(g, 4) })),
    })),
  }
  return result
}

function selfHostOption(g: Gen, o: number, modelIds: readonly string[]): SelfHostOption {
  return {
    id: `o${o}`,
    name: `Option ${o}`,
    replacesModelIds: subset(g, modelIds, 1),
    gpuHourlyCost: amount(g, 5),
    gpusPerReplica: int(g, 1, 8),
    tokensPerSecondPerReplica: int(g, 1, 3_000),
    targetUtilizationPct: int(g, 1, 100),
    ...maybe(g, () => ({ opsOverheadPct: int(g, 0, 50) })),
    ...maybe(g, () => ({ fixedMonthlyCost: amount(g, 20_000) })),
    ...maybe(g, () => ({ minReplicas: int(g, 0, 3) })),
    ...maybe(g, () => ({ setupCost: amount(g, 100_000) })),
  }
}

/** A valid workspace without scenarios; tests add the overrides they study. */
export const workspaceArb: fc.Arbitrary<WorkspaceDoc> = fc.gen().map((g) => {
  const modelIds = ids('m', int(g, 1, 3))
  const featureIds = ids('f', int(g, 1, 4))
  const planIds = ids('p', int(g, 1, 3))
  return {
    format: 'ai-margin-workspace',
    version: 1,
    name: 'Generated',
    currency: 'USD',
    // A November start crosses a year within the months evaluated.
    startMonth: pick(g, ['2026-01', '2025-11']),
    horizonMonths: int(g, 1, 8),
    ...maybe(g, () => ({ portfolioFloorPct: int(g, 0, 99) })),
    ...maybe(g, () => ({ annualPriceDeclinePct: int(g, 0, 60) })),
    models: modelIds.map((_, m) => model(g, m)),
    features: featureIds.map((_, f) => feature(g, f, modelIds)),
    plans: planIds.map((_, p) => plan(g, p, planIds, featureIds)),
    cohorts: Array.from({ length: int(g, 1, 4) }, (_, c) => cohort(g, c, planIds, featureIds)),
    selfHost: Array.from({ length: int(g, 0, 2) }, (_, o) => selfHostOption(g, o, modelIds)),
    scenarios: [],
  }
})

/** A shuffle that fast-check can replay from the seed it prints. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed)
  const copy = items.slice()
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

const under = (prefix: string, fields: readonly string[]): string[] =>
  fields.map((field) => `${prefix}/${field}`)

/**
 * Every override path of DESIGN.md §4 that names something in `doc`, wildcards and selectors
 * included. Left out: `includedUnits` entries the plan lacks, whose absence means "no overage"
 * rather than the 0 an override would start from.
 */
export function overridePathsOf(doc: WorkspaceDoc): string[] {
  const fields = (kind: FieldKind): string[] => numericFieldsOf(kind)
  const paths = under('workspace', fields('workspace'))
  const priceFields = fields('price')
  for (const selector of [
    '*',
    ...doc.models.map((m) => m.id),
    `provider:${doc.models[0]?.provider}`,
  ]) {
    paths.push(...under(`models/${selector}/prices/*`, priceFields))
    paths.push(...under(`models/${selector}/prices/0`, priceFields))
  }
  doc.models.forEach((model) =>
    model.prices.forEach((point, p) => {
      if (point.longContext)
        paths.push(...under(`models/${model.id}/prices/${p}/longContext`, fields('longContext')))
    }),
  )
  const featureFields = fields('feature')
  paths.push(...under('features/*', featureFields))
  for (const feature of doc.features) {
    paths.push(...under(`features/${feature.id}`, featureFields))
    const stepFields = fields('step')
    if (feature.steps.length > 0) paths.push(...under(`features/${feature.id}/steps/*`, stepFields))
    for (const step of feature.steps) {
      paths.push(...under(`features/${feature.id}/steps/${step.id}`, stepFields))
      for (const model of doc.models)
        paths.push(`features/${feature.id}/steps/${step.id}/mix/${model.id}`)
    }
    for (const component of feature.components) {
      paths.push(...under(`features/${feature.id}/components/${component.id}`, fields('component')))
    }
  }
  paths.push(...under('plans/*', fields('plan')))
  for (const plan of doc.plans) {
    paths.push(...under(`plans/${plan.id}`, fields('plan')))
    for (const featureId of Object.keys(plan.includedUnits ?? {})) {
      paths.push(`plans/${plan.id}/includedUnits/${featureId}`)
    }
    for (const feature of doc.features) paths.push(`plans/${plan.id}/overagePrice/${feature.id}`)
  }
  paths.push(...under('cohorts/*', fields('cohort')))
  for (const cohort of doc.cohorts) {
    paths.push(...under(`cohorts/${cohort.id}`, fields('cohort')))
    if (cohort.usage.length > 0)
      paths.push(...under(`cohorts/${cohort.id}/usage/*`, fields('usage')))
    for (const usage of cohort.usage) {
      paths.push(...under(`cohorts/${cohort.id}/usage/${usage.featureId}`, fields('usage')))
    }
  }
  if (doc.selfHost.length > 0) paths.push(...under('selfHost/*', fields('selfHost')))
  for (const option of doc.selfHost)
    paths.push(...under(`selfHost/${option.id}`, fields('selfHost')))
  return paths
}
