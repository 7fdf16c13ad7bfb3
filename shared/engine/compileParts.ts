/** Compiling each kind of entity: defaults resolved, references turned into indexes, id order. */
import {
  cacheReadPriceOf,
  cacheWritePriceOf,
  callsPerUnitOf,
  callsPerUnitP95Of,
  costPerUnitOf,
  costPerUnitP95Of,
  floorPctOf,
  inputTokensP95Of,
  minReplicasOf,
  outputTokensP95Of,
  prefixReuseOf,
  reasoningPriceOf,
  reasoningTokensOf,
  reasoningTokensP95Of,
  seatsPerCustomerOf,
  tokenScaleOf,
  yellowBandPtsOf,
} from '../model/defaults'
import type {
  Cohort,
  Component,
  Feature,
  Model,
  Plan,
  PricePoint,
  SelfHostOption,
  Step,
} from '../model/types'
import type {
  CompiledCohort,
  CompiledFeature,
  CompiledModel,
  CompiledPlan,
  CompiledSelfHost,
  CompiledStep,
  LayerCosts,
  ModelPrices,
} from './compiledTypes'
import { idPermutation, positionsOf, sortedById } from './idOrder'
import { tierPrices } from './prices'

export type ModelIndex = ReadonlyMap<string, number>

export function invalidDocument(where: string, message: string): Error {
  return new Error(`the engine needs a valid document: ${where}: ${message}`)
}

function compilePrices(point: PricePoint): ModelPrices {
  const tier = point.longContext
  const base = tierPrices(
    point.inputPerMTok,
    point.outputPerMTok,
    cacheReadPriceOf(point),
    cacheWritePriceOf(point),
    reasoningPriceOf(point),
  )
  return {
    base,
    batchDiscountPct: point.batchDiscountPct ?? 0,
    longContext: tier
      ? {
          thresholdTokens: tier.thresholdTokens,
          prices: tierPrices(
            tier.inputPerMTok,
            tier.outputPerMTok,
            cacheReadPriceOf(tier),
            cacheWritePriceOf(tier),
            // §3: above the threshold, reasoning tokens are billed at the tier's output price.
            tier.outputPerMTok,
          ),
        }
      : null,
  }
}

export function compileModel(model: Model): CompiledModel {
  return {
    id: model.id,
    isApi: model.kind === 'api',
    // Points on the same date keep their document order: the later one is "the last point".
    points: sortedById(model.prices, (point) => point.from).map((point) => ({
      from: point.from,
      prices: compilePrices(point),
    })),
  }
}

export function compileStep(step: Step, modelIndex: ModelIndex): CompiledStep {
  return {
    id: step.id,
    mean: {
      calls: callsPerUnitOf(step),
      input: step.inputTokens,
      output: step.outputTokens,
      reasoning: reasoningTokensOf(step),
    },
    p95: {
      calls: callsPerUnitP95Of(step),
      input: inputTokensP95Of(step),
      output: outputTokensP95Of(step),
      reasoning: reasoningTokensP95Of(step),
    },
    cachedPrefix: step.cachedPrefixTokens ?? 0,
    prefixReuse: prefixReuseOf(step),
    batchSharePct: step.batchSharePct ?? 0,
    mix: sortedById(step.mix, (entry) => entry.modelId).map((entry) => {
      const model = modelIndex.get(entry.modelId)
      if (model === undefined) {
        throw invalidDocument(`steps[${step.id}].mix`, `unknown model "${entry.modelId}"`)
      }
      return { model, sharePct: entry.sharePct }
    }),
  }
}

const noLayerCosts = (): LayerCosts => ({
  inference: 0,
  orchestration: 0,
  infrastructure: 0,
  support: 0,
})

/** A feature's components: per-unit costs by layer (mean and P95) and the fixed monthly total. */
export interface ComponentTotals {
  perUnit: LayerCosts
  perUnitP95: LayerCosts
  fixedMonthly: number
}

export function compileComponents(components: readonly Component[]): ComponentTotals {
  const totals = { perUnit: noLayerCosts(), perUnitP95: noLayerCosts(), fixedMonthly: 0 }
  for (const component of sortedById(components, (c) => c.id)) {
    totals.perUnit[component.layer] += costPerUnitOf(component)
    totals.perUnitP95[component.layer] += costPerUnitP95Of(component)
    totals.fixedMonthly += component.fixedMonthly ?? 0
  }
  return totals
}

/** `steps` are the feature's steps compiled in id order. */
export function compileFeature(
  feature: Feature,
  steps: CompiledStep[],
  components: ComponentTotals,
): CompiledFeature {
  let callsPerUnit = 0
  for (const step of steps) callsPerUnit += step.mean.calls
  return {
    id: feature.id,
    floorPct: floorPctOf(feature),
    yellowBandPts: yellowBandPtsOf(feature),
    pricePerUnit: feature.pricePerUnit ?? 0,
    responseCacheHitPct: feature.responseCacheHitPct ?? 0,
    retryRatePct: feature.retryRatePct ?? 0,
    hiddenCostPct: feature.hiddenCostPct ?? 0,
    steps,
    stepOrder: positionsOf(
      idPermutation(feature.steps.map((step) => step.id)),
      feature.steps.length,
    ),
    componentCosts: components.perUnit,
    componentCostsP95: components.perUnitP95,
    fixedMonthly: components.fixedMonthly,
    callsPerUnit,
  }
}

/** `target` is the plan `convertsToPlanId` names (undefined when the plan does not convert). */
export function compilePlan(plan: Plan, target: Plan | undefined): CompiledPlan {
  let convertsTo: CompiledPlan['convertsTo']
  if (plan.convertsToPlanId !== undefined) {
    if (!target) {
      throw invalidDocument(
        `plans[${plan.id}].convertsToPlanId`,
        `unknown plan "${plan.convertsToPlanId}"`,
      )
    }
    convertsTo = { platformFee: target.platformFee ?? 0, seatPrice: target.seatPrice }
  }
  return {
    seatPrice: plan.seatPrice,
    platformFee: plan.platformFee ?? 0,
    aiRevenueSharePct: plan.aiRevenueSharePct,
    attribution: plan.attribution,
    nonAiCogsPerSeat: plan.nonAiCogsPerSeat ?? 0,
    convertsTo,
  }
}

/** `plan` is the cohort's plan, compiled, and `source` the plan itself (its overage maps). */
export function compileCohort(
  cohort: Cohort,
  plan: { compiled: CompiledPlan; source: Plan } | undefined,
  featureIndex: ReadonlyMap<string, number>,
): CompiledCohort {
  if (!plan)
    throw invalidDocument(`cohorts[${cohort.id}].planId`, `unknown plan "${cohort.planId}"`)
  const { includedUnits, overagePrice } = plan.source
  return {
    id: cohort.id,
    plan: plan.compiled,
    customers: cohort.customers,
    seatsPerCustomer: seatsPerCustomerOf(cohort),
    monthlyGrowthPct: cohort.monthlyGrowthPct ?? 0,
    usage: sortedById(cohort.usage, (entry) => entry.featureId).map((entry) => {
      const feature = featureIndex.get(entry.featureId)
      if (feature === undefined) {
        throw invalidDocument(`cohorts[${cohort.id}].usage`, `unknown feature "${entry.featureId}"`)
      }
      const included = includedUnits?.[entry.featureId]
      const price = overagePrice?.[entry.featureId]
      return {
        feature,
        unitsPerSeat: entry.unitsPerSeat,
        tokenScale: tokenScaleOf(entry),
        overage:
          included !== undefined && price !== undefined ? { includedUnits: included, price } : null,
      }
    }),
  }
}

export function compileSelfHost(option: SelfHostOption, modelIndex: ModelIndex): CompiledSelfHost {
  const replaces = new Array<boolean>(modelIndex.size).fill(false)
  for (const modelId of option.replacesModelIds) {
    const model = modelIndex.get(modelId)
    if (model === undefined) {
      throw invalidDocument(`selfHost[${option.id}].replacesModelIds`, `unknown model "${modelId}"`)
    }
    replaces[model] = true
  }
  return {
    id: option.id,
    replaces,
    gpuHourlyCost: option.gpuHourlyCost,
    gpusPerReplica: option.gpusPerReplica,
    tokensPerSecondPerReplica: option.tokensPerSecondPerReplica,
    targetUtilizationPct: option.targetUtilizationPct,
    opsOverheadPct: option.opsOverheadPct ?? 0,
    fixedMonthlyCost: option.fixedMonthlyCost ?? 0,
    minReplicas: minReplicasOf(option),
    setupCost: option.setupCost ?? 0,
  }
}
