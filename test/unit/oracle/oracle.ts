/**
 * An independent reading of DESIGN.md §3 and §5, written from the spec alone (never from
 * shared/engine): literal formulas, plain loops, no caching. The property test holds the engine
 * to it field by field.
 */
import type {
  CohortFlag,
  CohortResult,
  ComputeResult,
  FeatureLayers,
  FeatureResult,
  ForecastRow,
  Layers,
  SelfHostMonth,
  SelfHostResult,
  Zone,
} from '../../../shared/engine/results'
import type {
  Component,
  Feature,
  Model,
  PricePoint,
  Step,
  WorkspaceDoc,
} from '../../../shared/model/types'
import { chainOverrides, documentAt } from './oracleScenarios'

const FLOOR_BY_CATEGORY = { growth: 45, core: 60, premium: 70 } as const
const LAYERS = ['inference', 'orchestration', 'infrastructure', 'support'] as const

export function oracleMonthLabel(doc: WorkspaceDoc, t: number): string {
  const [year, month] = doc.startMonth.split('-').map(Number) as [number, number]
  const index = year * 12 + (month - 1) + t
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The price point in force on the first day of month t, with the API decline applied. */
export interface Prices {
  pIn: number
  pOut: number
  pRsn: number
  cr: number
  cw: number
  batchDiscountPct: number
  longContext?: { threshold: number; pIn: number; pOut: number; cr: number; cw: number }
}

export function pricesAt(doc: WorkspaceDoc, model: Model, t: number): Prices {
  const date = `${oracleMonthLabel(doc, t)}-01`
  let chosen: PricePoint | undefined
  for (const point of model.prices) {
    if (point.from <= date && (!chosen || point.from >= chosen.from)) chosen = point
  }
  if (!chosen) {
    for (const point of model.prices) if (!chosen || point.from < chosen.from) chosen = point
  }
  const p = chosen!
  const k = model.kind === 'api' ? (1 - (doc.annualPriceDeclinePct ?? 0) / 100) ** (t / 12) : 1
  const lc = p.longContext
  return {
    pIn: p.inputPerMTok * k,
    pOut: p.outputPerMTok * k,
    pRsn: (p.reasoningPerMTok ?? p.outputPerMTok) * k,
    cr: (p.cacheReadPerMTok ?? p.inputPerMTok) * k,
    cw: (p.cacheWritePerMTok ?? p.inputPerMTok) * k,
    batchDiscountPct: p.batchDiscountPct ?? 0,
    ...(lc && {
      longContext: {
        threshold: lc.thresholdTokens,
        pIn: lc.inputPerMTok * k,
        pOut: lc.outputPerMTok * k,
        cr: (lc.cacheReadPerMTok ?? lc.inputPerMTok) * k,
        cw: (lc.cacheWritePerMTok ?? lc.inputPerMTok) * k,
      },
    }),
  }
}

interface CallShape {
  input: number
  output: number
  reasoning: number
  calls: number
}

export function callCost(prices: Prices, step: Step, input: number, output: number, rsn: number) {
  let { pIn, pOut, pRsn, cr, cw } = prices
  const lc = prices.longContext
  if (lc && input > lc.threshold) {
    pIn = lc.pIn
    pOut = lc.pOut
    pRsn = lc.pOut
    cr = lc.cr
    cw = lc.cw
  }
  const pre = Math.min(step.cachedPrefixTokens ?? 0, input)
  const R = Math.max(1, step.prefixReuse ?? 1)
  const inputCost = (input - pre) * pIn + pre * (cw / R + (cr * (R - 1)) / R)
  const outputCost = output * pOut + rsn * pRsn
  return (
    ((inputCost + outputCost) / 1e6) *
    (1 - ((step.batchSharePct ?? 0) / 100) * (prices.batchDiscountPct / 100))
  )
}

function shape(step: Step, scale: number, p95: boolean): CallShape {
  const calls = step.callsPerUnit ?? 1
  const input = step.inputTokens
  const output = step.outputTokens
  const reasoning = step.reasoningTokens ?? 0
  if (!p95)
    return { calls, input: input * scale, output: output * scale, reasoning: reasoning * scale }
  return {
    calls: step.callsPerUnitP95 ?? calls,
    input: step.inputTokensP95 ?? input,
    output: step.outputTokensP95 ?? output,
    reasoning: step.reasoningTokensP95 ?? reasoning,
  }
}

export interface UnitCost {
  inference: number
  orchestration: number
  infrastructure: number
  support: number
  hidden: number
  variable: number
}

function modelById(doc: WorkspaceDoc, id: string): Model {
  const model = doc.models.find((m) => m.id === id)
  if (!model) throw new Error(`no model ${id}`)
  return model
}

/** §3 variable cost per unit (and the P95 variant: P95 fields, no response cache, scale 1). */
export function unitCost(doc: WorkspaceDoc, f: Feature, t: number, s: number, p95: boolean) {
  let steps = 0
  for (const step of f.steps) {
    const sh = shape(step, s, p95)
    let sum = 0
    for (const entry of step.mix) {
      const prices = pricesAt(doc, modelById(doc, entry.modelId), t)
      sum += (entry.sharePct / 100) * callCost(prices, step, sh.input, sh.output, sh.reasoning)
    }
    steps += sh.calls * (1 + (f.retryRatePct ?? 0) / 100) * sum
  }
  const hit = p95 ? 0 : (f.responseCacheHitPct ?? 0)
  const comp = (layer: Component['layer']): number =>
    f.components
      .filter((c) => c.layer === layer)
      .reduce(
        (sum, c) => sum + (p95 ? (c.costPerUnitP95 ?? c.costPerUnit ?? 0) : (c.costPerUnit ?? 0)),
        0,
      )
  const inference = (1 - hit / 100) * steps + comp('inference')
  const orchestration = comp('orchestration')
  const infrastructure = comp('infrastructure')
  const support = comp('support')
  const hidden =
    ((f.hiddenCostPct ?? 0) / 100) * (inference + orchestration + infrastructure + support)
  const variable = inference + orchestration + infrastructure + support + hidden
  return { inference, orchestration, infrastructure, support, hidden, variable }
}

/** §5 wave 2: each step's mean call across its mix, and its share of a unit, at scale 1. */
function stepCosts(doc: WorkspaceDoc, f: Feature, t: number) {
  return f.steps.map((step) => {
    let callCostOfStep = 0
    for (const entry of step.mix) {
      const prices = pricesAt(doc, modelById(doc, entry.modelId), t)
      callCostOfStep +=
        (entry.sharePct / 100) *
        callCost(prices, step, step.inputTokens, step.outputTokens, step.reasoningTokens ?? 0)
    }
    const retry = 1 + (f.retryRatePct ?? 0) / 100
    const miss = 1 - (f.responseCacheHitPct ?? 0) / 100
    return {
      id: step.id,
      callCost: callCostOfStep,
      costPerUnit: (step.callsPerUnit ?? 1) * retry * callCostOfStep * miss,
    }
  })
}

function zone(margin: number | null, floor: number, band: number): Zone {
  if (margin === null) return 'none'
  if (margin < floor) return 'red'
  if (margin < floor + band) return 'yellow'
  return 'green'
}

const fixedOf = (f: Feature): number =>
  f.components.reduce((sum, c) => sum + (c.fixedMonthly ?? 0), 0)

interface CohortFeature {
  featureId: string
  units: number
  scale: number
  cost: UnitCost
  usageRevenue: number
  overage: number
  allocatedFixed: number
  attributed: number
}

export type OracleMonth = Omit<ComputeResult, 'forecast' | 'selfHost' | 'scenarioId'>

/** Every figure of §5 for month t on a document with its overrides already applied. */
export function oracleMonth(doc: WorkspaceDoc, t: number): OracleMonth {
  const featureById = new Map(doc.features.map((f) => [f.id, f]))
  const planById = new Map(doc.plans.map((p) => [p.id, p]))
  const cohortCustomers = doc.cohorts.map(
    (c) => c.customers * (1 + (c.monthlyGrowthPct ?? 0) / 100) ** t,
  )
  const cohortSeats = doc.cohorts.map((c, i) => cohortCustomers[i]! * (c.seatsPerCustomer ?? 1))

  // Total units per feature, for the fixed-cost allocation.
  const totalUnits = new Map<string, number>(doc.features.map((f) => [f.id, 0]))
  doc.cohorts.forEach((c, i) => {
    for (const u of c.usage) {
      totalUnits.set(u.featureId, totalUnits.get(u.featureId)! + cohortSeats[i]! * u.unitsPerSeat)
    }
  })

  const perCohort: CohortFeature[][] = doc.cohorts.map((c, i) => {
    const plan = planById.get(c.planId)!
    const seats = cohortSeats[i]!
    return c.usage.map((u) => {
      const f = featureById.get(u.featureId)!
      const units = seats * u.unitsPerSeat
      const scale = u.tokenScale ?? 1
      const included = plan.includedUnits?.[f.id]
      const overPrice = plan.overagePrice?.[f.id]
      const overage =
        included !== undefined && overPrice !== undefined
          ? seats * Math.max(0, u.unitsPerSeat - included) * overPrice
          : 0
      const total = totalUnits.get(f.id)!
      return {
        featureId: f.id,
        units,
        scale,
        cost: unitCost(doc, f, t, scale, false),
        usageRevenue: units * (f.pricePerUnit ?? 0),
        overage,
        allocatedFixed: total > 0 ? (fixedOf(f) * units) / total : 0,
        attributed: 0,
      }
    })
  })

  const cohorts: CohortResult[] = doc.cohorts.map((c, i) => {
    const plan = planById.get(c.planId)!
    const customers = cohortCustomers[i]!
    const seats = cohortSeats[i]!
    const rows = perCohort[i]!
    const subscription = customers * (plan.platformFee ?? 0) + seats * plan.seatPrice
    const ai = (subscription * plan.aiRevenueSharePct) / 100
    const weights = rows.map((r) => {
      const f = featureById.get(r.featureId)!
      if (plan.attribution === 'usage')
        return r.units * f.steps.reduce((sum, s) => sum + (s.callsPerUnit ?? 1), 0)
      if (plan.attribution === 'cost') return r.units * r.cost.variable + r.allocatedFixed
      return r.units > 0 ? 1 : 0
    })
    let weightTotal = weights.reduce((a, b) => a + b, 0)
    let finalWeights = weights
    if (weightTotal === 0) {
      finalWeights = rows.map((r) => (r.units > 0 ? 1 : 0))
      weightTotal = finalWeights.reduce((a, b) => a + b, 0)
    }
    if (weightTotal > 0)
      rows.forEach((r, k) => (r.attributed = (ai * finalWeights[k]!) / weightTotal))
    let revenue = subscription
    for (const r of rows) revenue += r.usageRevenue
    for (const r of rows) revenue += r.overage
    let cogs = 0
    for (const r of rows) cogs += r.units * r.cost.variable + r.allocatedFixed
    cogs += seats * (plan.nonAiCogsPerSeat ?? 0)
    const costToRevenue = revenue === 0 ? null : cogs / revenue
    const margin = revenue === 0 ? null : ((revenue - cogs) / revenue) * 100
    const flags: CohortFlag[] = []
    if (costToRevenue !== null && costToRevenue > 0.8) flags.push('cost-to-revenue-above-0.8')
    if (revenue === 0 && cogs > 0) flags.push('no-revenue')
    const result: CohortResult = {
      id: c.id,
      customers,
      seats,
      revenue,
      cogs,
      grossMarginPct: margin,
      revenuePerCustomer: customers === 0 ? null : revenue / customers,
      revenuePerSeat: seats === 0 ? null : revenue / seats,
      cogsPerSeat: seats === 0 ? null : cogs / seats,
      aiCogsPerSeat: seats === 0 ? null : (cogs - seats * (plan.nonAiCogsPerSeat ?? 0)) / seats,
      costToRevenue,
      zone: zone(margin, doc.portfolioFloorPct ?? 55, 5),
      flags,
    }
    if (plan.convertsToPlanId !== undefined) {
      const target = planById.get(plan.convertsToPlanId)!
      const price = (target.platformFee ?? 0) + (c.seatsPerCustomer ?? 1) * target.seatPrice
      result.conversionBreakevenCustomers = price === 0 ? null : leastCount(cogs / price)
    }
    return result
  })

  const features: FeatureResult[] = doc.features.map((f) => {
    let units = 0
    let revenue = 0
    let variableCogs = 0
    const layers: FeatureLayers = {
      inference: 0,
      orchestration: 0,
      infrastructure: 0,
      support: 0,
      hidden: 0,
      fixed: 0,
    }
    for (const rows of perCohort) {
      for (const r of rows) {
        if (r.featureId !== f.id) continue
        units += r.units
        revenue += r.usageRevenue + r.overage + r.attributed
        variableCogs += r.units * r.cost.variable
        for (const layer of [...LAYERS, 'hidden'] as const) layers[layer] += r.units * r.cost[layer]
      }
    }
    const fixed = fixedOf(f)
    layers.fixed = fixed
    const cogs = variableCogs + fixed
    const margin = revenue === 0 ? null : ((revenue - cogs) / revenue) * 100
    const floorPct = f.floorPct ?? FLOOR_BY_CATEGORY[f.category]
    const costPerUnit = units > 0 ? cogs / units : null
    const p95 = unitCost(doc, f, t, 1, true).variable
    const costPerUnitP95 = units > 0 ? p95 + fixed / units : null
    const revenuePerUnit = units > 0 ? revenue / units : null
    const price = f.pricePerUnit ?? 0
    const averageVariable =
      units > 0 ? variableCogs / units : unitCost(doc, f, t, 1, false).variable
    const margin95 = price - averageVariable
    return {
      id: f.id,
      units,
      revenue,
      cogs,
      grossProfit: revenue - cogs,
      grossMarginPct: margin,
      revenuePerUnit,
      costPerUnit,
      variableCostPerUnit: unitCost(doc, f, t, 1, false).variable,
      costPerUnitP95,
      p95MarginPct:
        revenuePerUnit === null || revenue === 0 || costPerUnitP95 === null
          ? null
          : ((revenuePerUnit - costPerUnitP95) / revenuePerUnit) * 100,
      floorPct,
      zone: zone(margin, floorPct, f.yellowBandPts ?? 5),
      breakevenPriceAtFloor: costPerUnit === null ? null : costPerUnit / (1 - floorPct / 100),
      breakevenPriceAtZero: costPerUnit,
      breakevenUnits: fixed > 0 && price > 0 && margin95 > 0 ? fixed / margin95 : null,
      layers,
      steps: stepCosts(doc, f, t),
    }
  })

  const layers: Layers = {
    inference: 0,
    orchestration: 0,
    infrastructure: 0,
    support: 0,
    hidden: 0,
    fixed: 0,
    platform: 0,
  }
  for (const fr of features) {
    for (const layer of [...LAYERS, 'hidden', 'fixed'] as const) layers[layer] += fr.layers[layer]
  }
  doc.cohorts.forEach((c, i) => {
    layers.platform += cohortSeats[i]! * (planById.get(c.planId)!.nonAiCogsPerSeat ?? 0)
  })
  let revenue = 0
  let cogs = 0
  for (const c of cohorts) {
    revenue += c.revenue
    cogs += c.cogs
  }
  for (const f of doc.features) if (totalUnits.get(f.id)! === 0) cogs += fixedOf(f)
  const aiCogs = cogs - layers.platform
  const floorPct = doc.portfolioFloorPct ?? 55
  const margin = revenue === 0 ? null : ((revenue - cogs) / revenue) * 100

  const cacheBreakevenReuse: Record<string, number | null> = {}
  for (const model of doc.models) {
    const p = pricesAt(doc, model, t)
    cacheBreakevenReuse[model.id] = p.pIn > p.cr ? (p.cw - p.cr) / (p.pIn - p.cr) : null
  }

  return {
    month: oracleMonthLabel(doc, t),
    portfolio: {
      revenue,
      cogs,
      grossProfit: revenue - cogs,
      grossMarginPct: margin,
      aiCogs,
      aiCogsPctOfRevenue: revenue === 0 ? null : (aiCogs / revenue) * 100,
      floorPct,
      zone: zone(margin, floorPct, 5),
    },
    layers,
    features,
    cohorts,
    cacheBreakevenReuse,
  }
}

/** §3 self-host: tokens and API cost of the calls on models M at month t. */
function replacedTraffic(doc: WorkspaceDoc, models: string[], t: number) {
  let tokens = 0
  let apiCost = 0
  for (const c of doc.cohorts) {
    const seats =
      c.customers * (1 + (c.monthlyGrowthPct ?? 0) / 100) ** t * (c.seatsPerCustomer ?? 1)
    for (const u of c.usage) {
      const f = doc.features.find((x) => x.id === u.featureId)!
      const units = seats * u.unitsPerSeat
      const s = u.tokenScale ?? 1
      for (const step of f.steps) {
        const sh = shape(step, s, false)
        for (const entry of step.mix) {
          if (!models.includes(entry.modelId)) continue
          const volume =
            units *
            sh.calls *
            (1 + (f.retryRatePct ?? 0) / 100) *
            (1 - (f.responseCacheHitPct ?? 0) / 100) *
            (entry.sharePct / 100)
          tokens += volume * (sh.input + sh.output + sh.reasoning)
          const prices = pricesAt(doc, modelById(doc, entry.modelId), t)
          apiCost += volume * callCost(prices, step, sh.input, sh.output, sh.reasoning)
        }
      }
    }
  }
  return { tokens, apiCost }
}

interface OptionParams {
  capacity: number
  minReplicas: number
  perReplica: number
  fixed: number
}

function optionParams(o: WorkspaceDoc['selfHost'][number]): OptionParams {
  return {
    capacity: (o.tokensPerSecondPerReplica * 3600 * 730 * o.targetUtilizationPct) / 100,
    minReplicas: o.minReplicas ?? 1,
    perReplica: o.gpusPerReplica * o.gpuHourlyCost * 730 * (1 + (o.opsOverheadPct ?? 0) / 100),
    fixed: o.fixedMonthlyCost ?? 0,
  }
}

/** The least V with selfHostCost(V) ≤ V·c, taking a replica step's volume as "just above" it. */
function leastVolume(p: OptionParams, c: number): number | null {
  const costAt = (n: number): number => n * p.perReplica + p.fixed
  // At zero volume the replica count is the minimum: free self-hosting breaks even at once.
  if (costAt(p.minReplicas) <= 0) return 0
  if (c <= 0) return null
  // Replica counts n > minReplicas cover ((n−1)·cap, n·cap]; minReplicas covers [0, minR·cap].
  const slope = c * p.capacity - p.perReplica
  let start = p.minReplicas
  if (slope > 0) start = Math.max(p.minReplicas, Math.floor(p.fixed / slope) - 3)
  for (let n = start; n < start + 10; n++) {
    const lower = n === p.minReplicas ? 0 : (n - 1) * p.capacity
    const v = Math.max(lower, costAt(n) / c)
    if (v <= n * p.capacity) return v
  }
  return null
}

export function oracleSelfHost(docs: WorkspaceDoc[], index: number): SelfHostResult {
  const monthly: SelfHostMonth[] = docs.map((doc, t) => {
    const o = doc.selfHost[index]!
    const { tokens, apiCost } = replacedTraffic(doc, o.replacesModelIds, t)
    const p = optionParams(o)
    const replicas = Math.max(p.minReplicas, leastCount(tokens / p.capacity))
    const selfHostCost =
      replicas * o.gpusPerReplica * o.gpuHourlyCost * 730 * (1 + (o.opsOverheadPct ?? 0) / 100) +
      p.fixed
    return { month: oracleMonthLabel(doc, t), tokens, apiCost, selfHostCost, replicas }
  })
  let crossoverMonth: number | null = null
  for (let t = 0; t < monthly.length; t++) {
    if (monthly[t]!.selfHostCost <= monthly[t]!.apiCost) {
      crossoverMonth = t
      break
    }
  }
  let paybackMonth: number | null = null
  if (crossoverMonth !== null) {
    let saved = 0
    for (let t = crossoverMonth; t < monthly.length; t++) {
      saved += monthly[t]!.apiCost - monthly[t]!.selfHostCost
      if (saved >= (docs[t]!.selfHost[index]!.setupCost ?? 0)) {
        paybackMonth = t
        break
      }
    }
  }
  const first = monthly[0]
  let crossoverMonthlyTokens: number | null = null
  let crossoverMonthlyApiSpend: number | null = null
  if (first && first.tokens !== 0) {
    const c = first.apiCost / first.tokens
    crossoverMonthlyTokens = leastVolume(optionParams(docs[0]!.selfHost[index]!), c)
    crossoverMonthlyApiSpend = crossoverMonthlyTokens === null ? null : crossoverMonthlyTokens * c
  }
  return {
    id: docs[0]!.selfHost[index]!.id,
    crossoverMonth,
    paybackMonth,
    crossoverMonthlyTokens,
    crossoverMonthlyApiSpend,
    monthly,
  }
}

/** The whole §5 result, as `compute(doc, { scenarioId, month })` must give it. */
export function oracleCompute(
  doc: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): ComputeResult {
  const overrides = chainOverrides(doc, scenarioId)
  const at = (t: number): WorkspaceDoc => documentAt(doc, overrides, t)
  const horizon = at(0).horizonMonths
  const docs = Array.from({ length: horizon }, (_, t) => at(t))
  const forecast: ForecastRow[] = docs.map((d, t) => {
    const p = oracleMonth(d, t).portfolio
    return {
      month: oracleMonthLabel(d, t),
      revenue: p.revenue,
      cogs: p.cogs,
      grossProfit: p.grossProfit,
      grossMarginPct: p.grossMarginPct,
    }
  })
  const base = docs[0]!
  return {
    scenarioId,
    ...oracleMonth(at(month), month),
    forecast,
    selfHost: base.selfHost.map((_, i) => oracleSelfHost(docs, i)),
  }
}

/** §5 counts: the least integer ≥ x, with x within 1e-9 (relative) of an integer taken as it. */
function leastCount(x: number): number {
  const above = Math.ceil(x)
  return above - x >= 1 - 1e-9 * Math.max(1, Math.abs(x)) ? above - 1 : above
}
