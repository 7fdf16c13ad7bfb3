/**
 * The assumptions behind a report, as they stand in its scenario at its month: the prices in
 * force with the date each applies from, floors, growth and attribution. A board reads these in
 * the appendix to know what the numbers rest on.
 */
import { modelsAtMonth } from '../engine/modelsAtMonth'
import {
  annualPriceDeclinePctOf,
  floorPctOf,
  portfolioFloorPctOf,
  seatsPerCustomerOf,
} from '../model/defaults'
import { scenarioOverrides } from '../model/overrides'
import type { Attribution, FeatureCategory, ModelKind, WorkspaceDoc } from '../model/types'

export interface ModelAssumption {
  id: string
  name: string
  provider: string
  kind: ModelKind
  /** 'YYYY-MM-DD' the price point in force applies from; null for a model without prices. */
  priceFrom: string | null
  /** Per million tokens, in force that month (after any annual decline). */
  inputPerMTok: number
  outputPerMTok: number
  cacheReadPerMTok: number
  batchDiscountPct: number
  longContextThresholdTokens: number | null
}

export interface FeatureAssumption {
  id: string
  name: string
  unit: string
  category: FeatureCategory
  floorPct: number
  pricePerUnit: number
}

export interface CohortAssumption {
  id: string
  name: string
  planName: string
  customers: number
  seatsPerCustomer: number
  monthlyGrowthPct: number
}

export interface PlanAssumption {
  id: string
  name: string
  seatPrice: number
  platformFee: number
  aiRevenueSharePct: number
  attribution: Attribution
}

export interface Assumptions {
  startMonth: string
  horizonMonths: number
  portfolioFloorPct: number
  annualPriceDeclinePct: number
  models: ModelAssumption[]
  features: FeatureAssumption[]
  cohorts: CohortAssumption[]
  plans: PlanAssumption[]
}

export function assumptionsOf(
  source: WorkspaceDoc,
  scenarioId: string | null,
  month: number,
): Assumptions {
  const atMonth = modelsAtMonth(source, month, scenarioOverrides(source, scenarioId))
  const { doc } = atMonth
  const planNames = new Map(doc.plans.map((plan) => [plan.id, plan.name]))
  return {
    startMonth: doc.startMonth,
    horizonMonths: doc.horizonMonths,
    portfolioFloorPct: portfolioFloorPctOf(doc),
    annualPriceDeclinePct: annualPriceDeclinePctOf(doc),
    models: doc.models.map((model) => {
      const inForce = atMonth.models.get(model.id)?.prices
      return {
        id: model.id,
        name: model.name,
        provider: model.provider,
        kind: model.kind,
        priceFrom: atMonth.models.get(model.id)?.from ?? null,
        inputPerMTok: inForce?.base.input ?? 0,
        outputPerMTok: inForce?.base.output ?? 0,
        cacheReadPerMTok: inForce?.base.cacheRead ?? 0,
        batchDiscountPct: inForce?.batchDiscountPct ?? 0,
        longContextThresholdTokens: inForce?.longContext?.thresholdTokens ?? null,
      }
    }),
    features: doc.features.map((feature) => ({
      id: feature.id,
      name: feature.name,
      unit: feature.unit,
      category: feature.category,
      floorPct: floorPctOf(feature),
      pricePerUnit: feature.pricePerUnit ?? 0,
    })),
    cohorts: doc.cohorts.map((cohort) => ({
      id: cohort.id,
      name: cohort.name,
      planName: planNames.get(cohort.planId) ?? cohort.planId,
      customers: cohort.customers,
      seatsPerCustomer: seatsPerCustomerOf(cohort),
      monthlyGrowthPct: cohort.monthlyGrowthPct ?? 0,
    })),
    plans: doc.plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      seatPrice: plan.seatPrice,
      platformFee: plan.platformFee ?? 0,
      aiRevenueSharePct: plan.aiRevenueSharePct,
      attribution: plan.attribution,
    })),
  }
}
