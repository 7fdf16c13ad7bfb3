/** The rows of daily facts as they are tallied, before they are handed out read-only. */
import type { CohortDay, CustomerDay, FeatureDay } from '../facts'
import { DayTable } from './dayTable'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export type FeatureTally = Mutable<Omit<FeatureDay, 'drivers'>> & {
  drivers: Record<string, number>
}
export type CustomerTally = Mutable<CustomerDay>
export type CohortTally = Mutable<CohortDay>

/**
 * Revenue before anything is added: unknown (null) while it is to be estimated, 0 when imported
 * (a day the import says nothing about earned nothing).
 */
const noRevenue = (estimated: boolean) => ({
  revenue: estimated ? null : 0,
  revenueEstimated: estimated,
})

export const featureTable = (estimated: boolean) =>
  new DayTable<FeatureTally>((day, featureId) => ({
    day,
    featureId,
    units: 0,
    calls: 0,
    tokenCost: 0,
    expectedCost: null,
    cost: 0,
    ...noRevenue(estimated),
    drivers: {},
  }))

export const customerTable = (estimated: boolean, cohortOf: ReadonlyMap<string, string>) =>
  new DayTable<CustomerTally>((day, customerId) => ({
    day,
    customerId,
    cohortId: cohortOf.get(customerId) ?? null,
    units: 0,
    cost: 0,
    ...noRevenue(estimated),
  }))

export const cohortTable = (estimated: boolean) =>
  new DayTable<CohortTally>((day, cohortId) => ({
    day,
    cohortId,
    units: 0,
    cost: 0,
    ...noRevenue(estimated),
  }))

export interface FactTables {
  features: DayTable<FeatureTally>
  customers: DayTable<CustomerTally>
  cohorts: DayTable<CohortTally>
}
