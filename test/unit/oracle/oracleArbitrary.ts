/**
 * Generated valid workspaces with scenarios for the oracle comparison: every optional field of
 * §2 present or absent, values on both sides of each threshold (long-context tier, prefix longer
 * than the input, zero customers, −100% growth), and scenarios with every §4 path kind, op,
 * selector, fromMonth and parent chains.
 */
import fc from 'fast-check'
import type {
  Cohort,
  Component,
  Feature,
  Model,
  Override,
  Plan,
  PricePoint,
  Scenario,
  SelfHostOption,
  Step,
  WorkspaceDoc,
} from '../../../shared/model/types'

type Gen = fc.GeneratorValue

const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max })
const chance = (g: Gen): boolean => g(fc.boolean)
/** Two decimals, and 0 one time in eight: zero prices, costs and fees are where edge cases hide. */
const amount = (g: Gen, max: number): number =>
  int(g, 0, 7) === 0 ? 0 : int(g, 0, max * 100) / 100
const pick = <T>(g: Gen, items: readonly T[]): T => items[int(g, 0, items.length - 1)] as T
const maybe = <T extends object>(g: Gen, value: () => T): T | object => (chance(g) ? value() : {})
const subset = <T>(g: Gen, items: readonly T[], minLength = 0): T[] =>
  g(fc.subarray<T>, items.slice(), { minLength })
const ids = (prefix: string, count: number): string[] =>
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

type Op = Override['op']
/** A generated op and value that keep the field inside its §2 range (mostly; see the test). */
type ValueGen = (g: Gen) => { op: Op; value: number }

const opOf =
  (set: () => number, scale: () => number, add: () => number | null): ValueGen =>
  (g) => {
    const op = pick(g, ['set', 'scale', 'add'] as const)
    const value = op === 'set' ? set() : op === 'scale' ? scale() : add()
    return value === null ? { op: 'set', value: set() } : { op, value }
  }

function fieldValue(g: Gen, field: string): { op: Op; value: number } {
  const bounded = (max: number): ValueGen =>
    opOf(
      () => int(g, 0, max),
      () => int(g, 0, 4) / 4,
      () => null,
    )
  const free = (max: number): ValueGen =>
    opOf(
      () => amount(g, max),
      () => int(g, 0, 12) / 4,
      () => amount(g, max / 4),
    )
  switch (field) {
    case 'horizonMonths':
      return { op: 'set', value: int(g, 1, 8) }
    case 'minReplicas':
      return opOf(
        () => int(g, 0, 3),
        () => 1,
        () => int(g, 0, 2),
      )(g)
    case 'portfolioFloorPct':
    case 'annualPriceDeclinePct':
    case 'floorPct':
      return bounded(99)(g)
    case 'responseCacheHitPct':
    case 'batchSharePct':
    case 'batchDiscountPct':
    case 'aiRevenueSharePct':
    case 'yellowBandPts':
      return bounded(100)(g)
    case 'targetUtilizationPct':
      return opOf(
        () => int(g, 1, 100),
        () => 0.5 + int(g, 0, 2) / 4,
        () => null,
      )(g)
    case 'tokensPerSecondPerReplica':
      return opOf(
        () => int(g, 1, 3000),
        () => 0.5 + int(g, 0, 6) / 4,
        () => int(g, 0, 500),
      )(g)
    case 'prefixReuse':
      return opOf(
        () => 1 + amount(g, 10),
        () => 1 + int(g, 0, 8) / 4,
        () => amount(g, 5),
      )(g)
    case 'monthlyGrowthPct':
      return opOf(
        () => int(g, -100, 30),
        () => int(g, 0, 8) / 4,
        () => int(g, -10, 10),
      )(g)
    case 'inputTokens':
    case 'inputTokensP95':
    case 'cachedPrefixTokens':
    case 'thresholdTokens':
    case 'customers':
      return free(30_000)(g)
    case 'fixedMonthly':
    case 'fixedMonthlyCost':
    case 'setupCost':
      return free(20_000)(g)
    default:
      return free(pick(g, [2, 10, 300]))(g)
  }
}

const WORKSPACE = ['portfolioFloorPct', 'annualPriceDeclinePct', 'horizonMonths']
const PRICE = [
  'inputPerMTok',
  'outputPerMTok',
  'cacheReadPerMTok',
  'cacheWritePerMTok',
  'reasoningPerMTok',
  'batchDiscountPct',
]
const LONG_CONTEXT = [
  'thresholdTokens',
  'inputPerMTok',
  'outputPerMTok',
  'cacheReadPerMTok',
  'cacheWritePerMTok',
]
const FEATURE = [
  'floorPct',
  'yellowBandPts',
  'pricePerUnit',
  'responseCacheHitPct',
  'retryRatePct',
  'hiddenCostPct',
]
const STEP = [
  'callsPerUnit',
  'inputTokens',
  'outputTokens',
  'reasoningTokens',
  'callsPerUnitP95',
  'inputTokensP95',
  'outputTokensP95',
  'reasoningTokensP95',
  'cachedPrefixTokens',
  'prefixReuse',
  'batchSharePct',
]
const COMPONENT = ['costPerUnit', 'costPerUnitP95', 'fixedMonthly']
const PLAN = ['seatPrice', 'platformFee', 'aiRevenueSharePct', 'nonAiCogsPerSeat']
const COHORT = ['customers', 'seatsPerCustomer', 'monthlyGrowthPct']
const USAGE = ['unitsPerSeat', 'tokenScale']
const SELF_HOST = [
  'gpuHourlyCost',
  'gpusPerReplica',
  'tokensPerSecondPerReplica',
  'targetUtilizationPct',
  'opsOverheadPct',
  'fixedMonthlyCost',
  'minReplicas',
  'setupCost',
]

/** One override path naming something in `doc`, with its last segment (the field). */
function overridePath(g: Gen, doc: WorkspaceDoc): { path: string; field: string } {
  const kinds = ['workspace', 'price', 'feature', 'plan', 'plan-entry', 'cohort', 'usage']
  if (doc.features.some((f) => f.components.length > 0)) kinds.push('component')
  if (doc.features.some((f) => f.steps.length > 0)) kinds.push('step', 'mix', 'mix')
  if (doc.selfHost.length > 0) kinds.push('selfHost')
  if (doc.models.some((m) => m.prices.some((p) => p.longContext))) kinds.push('longContext')
  const kind = pick(g, kinds)
  const idOrStar = (items: { id: string }[]): string =>
    chance(g)
      ? '*'
      : pick(
          g,
          items.map((item) => item.id),
        )
  const at = (path: string, fields: string[]) => {
    const field = pick(g, fields)
    return { path: `${path}/${field}`, field }
  }
  switch (kind) {
    case 'workspace':
      return at('workspace', WORKSPACE)
    case 'price': {
      const m = pick(g, doc.models)
      const selector = pick(g, ['id', '*', 'provider'])
      if (selector === 'id') {
        const index = chance(g) ? '*' : String(int(g, 0, m.prices.length - 1))
        return at(`models/${m.id}/prices/${index}`, PRICE)
      }
      const sel = selector === '*' ? '*' : `provider:${m.provider}`
      return at(`models/${sel}/prices/*`, PRICE)
    }
    case 'longContext': {
      const m = pick(
        g,
        doc.models.filter((x) => x.prices.some((p) => p.longContext)),
      )
      const index = m.prices.findIndex((p) => p.longContext)
      return at(`models/${m.id}/prices/${index}/longContext`, LONG_CONTEXT)
    }
    case 'feature':
      return at(`features/${idOrStar(doc.features)}`, FEATURE)
    case 'step': {
      const f = pick(
        g,
        doc.features.filter((x) => x.steps.length > 0),
      )
      return at(`features/${f.id}/steps/${idOrStar(f.steps)}`, STEP)
    }
    case 'mix': {
      const f = pick(
        g,
        doc.features.filter((x) => x.steps.length > 0),
      )
      const s = pick(g, f.steps)
      return { path: `features/${f.id}/steps/${s.id}/mix/${pick(g, doc.models).id}`, field: 'mix' }
    }
    case 'component': {
      const f = pick(
        g,
        doc.features.filter((x) => x.components.length > 0),
      )
      return at(`features/${f.id}/components/${idOrStar(f.components)}`, COMPONENT)
    }
    case 'plan':
      return at(`plans/${idOrStar(doc.plans)}`, PLAN)
    case 'plan-entry': {
      const p = pick(g, doc.plans)
      const record = pick(g, ['includedUnits', 'overagePrice'])
      return { path: `plans/${p.id}/${record}/${pick(g, doc.features).id}`, field: record }
    }
    case 'cohort':
      return at(`cohorts/${idOrStar(doc.cohorts)}`, COHORT)
    case 'usage': {
      const withUsage = doc.cohorts.filter((c) => c.usage.length > 0)
      if (withUsage.length === 0) return at(`cohorts/${idOrStar(doc.cohorts)}`, COHORT)
      const c = pick(g, withUsage)
      const entry = chance(g) ? '*' : pick(g, c.usage).featureId
      return at(`cohorts/${c.id}/usage/${entry}`, USAGE)
    }
    default:
      return at(`selfHost/${idOrStar(doc.selfHost)}`, SELF_HOST)
  }
}

function override(g: Gen, doc: WorkspaceDoc): Override {
  const { path, field } = overridePath(g, doc)
  const { op, value } =
    field === 'mix'
      ? opOf(
          () => amount(g, 100),
          () => int(g, 0, 4) / 4,
          () => int(g, 0, 30),
        )(g)
      : fieldValue(g, field)
  const fromMonth = pick(g, [undefined, 0, 1, 2, 4])
  return { path, op, value, ...(fromMonth === undefined ? {} : { fromMonth }) }
}

function scenarios(g: Gen, doc: WorkspaceDoc): Scenario[] {
  const list: Scenario[] = []
  const count = int(g, 1, 4)
  for (let i = 0; i < count; i++) {
    const parent = i > 0 && chance(g) ? pick(g, list).id : undefined
    list.push({
      id: `sc${i}`,
      name: `Scenario ${i}`,
      ...(parent === undefined ? {} : { parentId: parent }),
      overrides: Array.from({ length: int(g, 1, 4) }, () => override(g, doc)),
    })
  }
  return list
}

export const oracleWorkspaceArb: fc.Arbitrary<WorkspaceDoc> = fc.gen().map((g) => {
  const modelIds = ids('m', int(g, 1, 3))
  const featureIds = ids('f', int(g, 1, 4))
  const planIds = ids('p', int(g, 1, 3))
  const doc: WorkspaceDoc = {
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
  return { ...doc, scenarios: scenarios(g, doc) }
})
