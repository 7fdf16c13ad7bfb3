/**
 * The assumptions appendix as report tables, so the same cell formats apply as everywhere else:
 * models with the prices in force and the date each applies from, feature floors, cohort growth
 * and each plan's rule for attributing AI revenue.
 */
import type { Attribution, FeatureCategory, ModelKind } from '../model/types'
import type { Assumptions } from './assumptions'
import { formatDay } from './labels'
import type { ReportColumn, ReportTable } from './reportTable'

const column = (label: string, kind: ReportColumn['kind']): ReportColumn => ({ label, kind })

const kindText: Record<ModelKind, string> = { api: 'API', 'self-hosted': 'Self-hosted' }

const categoryText: Record<FeatureCategory, string> = {
  growth: 'Growth',
  core: 'Core',
  premium: 'Premium',
}

/** How a plan splits the AI share of its subscription across features (DESIGN.md §3). */
const attributionText: Record<Attribution, string> = {
  usage: 'By usage (calls)',
  cost: 'By cost',
  equal: 'Equally across features used',
}

export function modelsTable(assumptions: Assumptions): ReportTable {
  return {
    title: 'Models and prices in force',
    columns: [
      column('Model', 'text'),
      column('Provider', 'text'),
      column('Kind', 'text'),
      column('Price in force from', 'text'),
      column('Input per M tokens', 'unitMoney'),
      column('Output per M tokens', 'unitMoney'),
      column('Cache read per M tokens', 'unitMoney'),
      column('Batch discount', 'pct'),
      column('Long context above (tokens)', 'count'),
    ],
    rows: assumptions.models.map((model) => [
      model.name,
      model.provider,
      kindText[model.kind],
      model.priceFrom === null ? null : formatDay(model.priceFrom),
      model.inputPerMTok,
      model.outputPerMTok,
      model.cacheReadPerMTok,
      model.batchDiscountPct,
      model.longContextThresholdTokens,
    ]),
  }
}

export function featureFloorsTable(assumptions: Assumptions): ReportTable {
  return {
    title: 'Features, prices and floors',
    columns: [
      column('Feature', 'text'),
      column('Unit', 'text'),
      column('Category', 'text'),
      column('Usage price per unit', 'unitMoney'),
      column('Margin floor', 'pct'),
    ],
    rows: assumptions.features.map((feature) => [
      feature.name,
      feature.unit,
      categoryText[feature.category],
      feature.pricePerUnit,
      feature.floorPct,
    ]),
  }
}

export function cohortGrowthTable(assumptions: Assumptions): ReportTable {
  return {
    title: 'Cohorts and growth',
    columns: [
      column('Cohort', 'text'),
      column('Plan', 'text'),
      column('Customers at start', 'count'),
      column('Seats per customer', 'ratio'),
      column('Monthly growth', 'pct'),
    ],
    rows: assumptions.cohorts.map((cohort) => [
      cohort.name,
      cohort.planName,
      cohort.customers,
      cohort.seatsPerCustomer,
      cohort.monthlyGrowthPct,
    ]),
  }
}

export function plansTable(assumptions: Assumptions): ReportTable {
  return {
    title: 'Plans and revenue attribution',
    columns: [
      column('Plan', 'text'),
      column('Seat price', 'unitMoney'),
      column('Platform fee per customer', 'unitMoney'),
      column('AI share of subscription', 'pct'),
      column('AI revenue attributed', 'text'),
    ],
    rows: assumptions.plans.map((plan) => [
      plan.name,
      plan.seatPrice,
      plan.platformFee,
      plan.aiRevenueSharePct,
      attributionText[plan.attribution],
    ]),
  }
}
