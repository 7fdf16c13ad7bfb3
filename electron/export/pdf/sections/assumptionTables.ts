/** The appendix's assumptions as ReportTables, so they format like every other table. */
import type { Attribution, FeatureCategory, ModelKind } from '../../../../shared/model/types'
import type { Assumptions } from '../../../../shared/report/assumptions'
import type { ColumnKind, ReportTable } from '../../../../shared/report/reportTable'
import { formatDay } from './text'

const column = (label: string, kind: ColumnKind) => ({ label, kind })

const kindText: Record<ModelKind, string> = { api: 'API', 'self-hosted': 'Self-hosted' }

const categoryText: Record<FeatureCategory, string> = {
  growth: 'Growth',
  core: 'Core',
  premium: 'Premium',
}

/** How a plan's AI share of seat revenue is split across its features (DESIGN.md §3). */
const attributionText: Record<Attribution, string> = {
  usage: 'By usage',
  cost: 'By cost',
  equal: 'Equally',
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
      column('Long context from (tokens)', 'count'),
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
      column('Price per unit', 'unitMoney'),
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
      column('Customers', 'count'),
      column('Seats per customer', 'count'),
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
      column('AI share of seat revenue', 'pct'),
      column('AI revenue split across features', 'text'),
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
