/**
 * Generated valid workspaces with scenarios for the oracle comparison: the engine tests'
 * workspaces (every optional field of §2, values on both sides of each threshold), plus scenarios
 * with every §4 path kind, op, selector, fromMonth and parent chains.
 */
import fc from 'fast-check'
import type { Scenario, ValueOverride, WorkspaceDoc } from '../../../shared/model/types'
import { amount, chance, int, pick, workspaceArb, type Gen } from '../engine/arbitraries'

type Op = ValueOverride['op']
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

function override(g: Gen, doc: WorkspaceDoc): ValueOverride {
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

/** The engine tests' workspaces, with scenarios over every §4 path kind added. */
export const oracleWorkspaceArb: fc.Arbitrary<WorkspaceDoc> = fc.gen().map((g) => {
  const doc = g(() => workspaceArb)
  return { ...doc, scenarios: scenarios(g, doc) }
})
