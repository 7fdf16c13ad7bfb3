/**
 * Daily facts (shared/actuals/facts.ts): the aggregates of a window priced, given their feature's
 * component, hidden and fixed costs, and paired with revenue — imported on the days a revenue
 * import covers, else estimated from the plan (DESIGN.md §9).
 *
 * Choices the design leaves open:
 * - A feature's fixed monthly cost is prorated over every day of the window, used or not: the GPU
 *   is paid for either way. So a feature with fixed cost has a row on each day.
 * - Customers and cohorts carry the fixed cost of a day in proportion to their share of the
 *   feature's units that day (§3's allocation rule); on a day without units it stays with the
 *   feature. So customers' costs add up to the features' on days with usage.
 * - Costs, the price book and components come from the workspace as it is: the actuals are what
 *   happened. `scenarioId` chooses the plan only (revenue per unit, cohort revenue).
 * - Drivers: `step:<id>` and `model:<id>` each split the token cost (two views of the same money;
 *   a row without a step names none, a model the workspace lacks goes by its source name);
 *   `component:<id>` is the component's cost per unit × units plus its fixed cost of the day.
 *   The hidden uplift is no driver's.
 * - Revenue is decided day by day. A day from the first to the last day of the revenue rows is
 *   covered by the import (an import replaces that range: electron/db/queries/actuals.ts
 *   replaceRevenue) and takes imported revenue (split as importedRevenue.ts says; a row the import
 *   says nothing about that day earned 0). Any other day is estimated (estimatedRevenue.ts) and
 *   labelled so on its rows, even where the plan gives no estimate. So a window the import covers
 *   in part mixes both, each row labelled.
 * - A cohort seen in the window has a row on every day of it: its revenue accrues daily. An
 *   aggregate without a cohort reaches no cohort row; its customer has a null cohortId.
 */
import type { WorkspaceDoc } from '../../model/types'
import type { DailyFacts } from '../facts'
import type { DailyAggregate, RevenueRow } from '../types'
import { eachDay } from '../days'
import { estimateRevenue } from './estimatedRevenue'
import { featureDays, type PricedAggregate } from './featureDays'
import { aggregateCost, featureCostRules, fixedOnDay, type FeatureCostRule } from './featureCosts'
import {
  cohortTable,
  customerTable,
  type CohortTally,
  type EstimatedOn,
  type FactTables,
  type FeatureTally,
} from './factRows'
import type { DayTable } from './dayTable'
import { addImportedRevenue, splitRevenue, type CostedAggregate } from './importedRevenue'
import { planMonths } from './planMonths'
import { compiledModelsById, expectedCost } from './recost'

export interface DailyFactsInput {
  doc: WorkspaceDoc
  aggregates: readonly DailyAggregate[]
  revenue: readonly RevenueRow[]
  /** Default: the first day with usage. */
  from?: string
  /** Default: the last day with usage. */
  to?: string
  /** The plan revenue is estimated from; null or absent: the baseline. */
  scenarioId?: string | null
}

function windowOf(input: DailyFactsInput): { from: string; to: string } | null {
  const days = input.aggregates.map((aggregate) => aggregate.day).sort()
  const from = input.from ?? days[0]
  const to = input.to ?? days[days.length - 1]
  return from === undefined || to === undefined ? null : { from, to }
}

/** The days the revenue rows cover: their first to their last day; null without any row. */
export function revenueCoverage(
  revenue: readonly Pick<RevenueRow, 'day'>[],
): { from: string; to: string } | null {
  if (revenue.length === 0) return null
  let from = revenue[0]!.day
  let to = from
  for (const { day } of revenue) {
    if (day < from) from = day
    if (day > to) to = day
  }
  return { from, to }
}

/** Whether a day's revenue is estimated from the plan: the revenue rows do not cover it. */
export function revenueEstimatedOn(revenue: readonly Pick<RevenueRow, 'day'>[]): EstimatedOn {
  const covered = revenueCoverage(revenue)
  return (day) => covered === null || day < covered.from || day > covered.to
}

/**
 * Where the revenue of these rows (a window's feature, customer or cohort days) comes from, for
 * its label (§9): 'estimated' when any row's revenue is the plan's, or there are no rows;
 * 'imported' when every row's is imported.
 */
export function revenueSourceOf(
  rows: readonly { revenueEstimated: boolean }[],
): 'estimated' | 'imported' {
  return rows.length === 0 || rows.some((row) => row.revenueEstimated) ? 'estimated' : 'imported'
}

function priceAll(
  doc: WorkspaceDoc,
  aggregates: readonly DailyAggregate[],
  ruleOf: (featureId: string) => FeatureCostRule,
): PricedAggregate[] {
  const models = compiledModelsById(doc)
  return aggregates.map((aggregate) => {
    const model = aggregate.modelId === null ? undefined : models.get(aggregate.modelId)
    const priced = expectedCost(aggregate, model)
    return { aggregate, ...aggregateCost(aggregate, priced, ruleOf(aggregate.featureId)) }
  })
}

/** Each aggregate's whole cost: its variable cost and its units' share of the day's fixed cost. */
function costAll(
  priced: readonly PricedAggregate[],
  features: DayTable<FeatureTally>,
  fixedMonthlyOf: (featureId: string) => number,
): CostedAggregate[] {
  return priced.map(({ aggregate, variableCost }) => {
    const { day, featureId, units } = aggregate
    const featureUnits = features.get(day, featureId)?.units ?? 0
    const share = featureUnits > 0 ? units / featureUnits : 0
    return { aggregate, cost: variableCost + fixedOnDay(fixedMonthlyOf(featureId), day) * share }
  })
}

function cohortsOfCustomers(aggregates: readonly DailyAggregate[]): Map<string, string> {
  const cohortOf = new Map<string, string>()
  for (const { customerId, cohortId } of aggregates) {
    if (cohortId !== null) cohortOf.set(customerId, cohortId)
  }
  return cohortOf
}

/** Customers' and cohorts' units and costs, from their aggregates. */
function tallyParties(costed: readonly CostedAggregate[], tables: FactTables): void {
  for (const { aggregate, cost } of costed) {
    addTo(tables.customers.at(aggregate.day, aggregate.customerId), aggregate.units, cost)
    if (aggregate.cohortId !== null) {
      addTo(tables.cohorts.at(aggregate.day, aggregate.cohortId), aggregate.units, cost)
    }
  }
}

function addTo(party: { units: number; cost: number }, units: number, cost: number): void {
  party.units += units
  party.cost += cost
}

/** A cohort's revenue accrues daily, so a cohort seen in the window has every day of it. */
function everyDayOfEachCohort(cohorts: DayTable<CohortTally>, days: readonly string[]): void {
  for (const cohortId of new Set(cohorts.sorted().map((row) => row.cohortId))) {
    for (const day of days) cohorts.at(day, cohortId)
  }
}

export function dailyFacts(input: DailyFactsInput): DailyFacts {
  const window = windowOf(input)
  if (window === null) {
    return { from: '', to: '', days: [], features: [], customers: [], cohorts: [] }
  }
  const { doc } = input
  const { from, to } = window
  const inWindow = (day: string) => day >= from && day <= to
  const days = eachDay(from, to)
  const aggregates = input.aggregates.filter((aggregate) => inWindow(aggregate.day))
  const revenueRows = input.revenue.filter((row) => inWindow(row.day))
  const estimatedOn = revenueEstimatedOn(input.revenue)

  const ruleOf = featureCostRules(doc)
  const priced = priceAll(doc, aggregates, ruleOf)
  const cohortOf = cohortsOfCustomers(aggregates)
  const tables: FactTables = {
    features: featureDays(priced, days, doc.features, ruleOf, estimatedOn),
    customers: customerTable(estimatedOn, cohortOf),
    cohorts: cohortTable(estimatedOn),
  }
  const costed = costAll(priced, tables.features, (id) => ruleOf(id).fixedMonthly)
  tallyParties(costed, tables)
  addImportedRevenue(splitRevenue(revenueRows, costed, cohortOf), tables)
  everyDayOfEachCohort(tables.cohorts, days)
  if (days.some(estimatedOn)) {
    estimateRevenue(planMonths(doc, input.scenarioId ?? null), priced, tables)
  }
  return {
    from,
    to,
    days,
    features: tables.features.sorted(),
    customers: tables.customers.sorted(),
    cohorts: tables.cohorts.sorted(),
  }
}
