/** The rows of daily facts as they are tallied, before they are handed out read-only. */
import type { CohortDay, CustomerDay, FeatureDay } from '../facts'
import { DayTable } from './dayTable'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export type FeatureTally = Mutable<Omit<FeatureDay, 'drivers'>> & {
  drivers: Record<string, number>
}
export type CustomerTally = Mutable<CustomerDay>
export type CohortTally = Mutable<CohortDay>

/** Whether a day's revenue is estimated from the plan (true) or imported (false). */
export type EstimatedOn = (day: string) => boolean

/**
 * Revenue before anything is added: unknown (null) while it is to be estimated, 0 when imported
 * (a day the import covers but says nothing about earned nothing).
 */
const noRevenue = (estimated: boolean) => ({
  revenue: estimated ? null : 0,
  revenueEstimated: estimated,
})

export const featureTable = (estimatedOn: EstimatedOn) =>
  new DayTable<FeatureTally>((day, featureId) => ({
    day,
    featureId,
    units: 0,
    calls: 0,
    tokenCost: 0,
    expectedCost: null,
    cost: 0,
    ...noRevenue(estimatedOn(day)),
    drivers: {},
  }))

export const customerTable = (estimatedOn: EstimatedOn, cohortOf: ReadonlyMap<string, string>) =>
  new DayTable<CustomerTally>((day, customerId) => ({
    day,
    customerId,
    cohortId: cohortOf.get(customerId) ?? null,
    units: 0,
    cost: 0,
    ...noRevenue(estimatedOn(day)),
  }))

export const cohortTable = (estimatedOn: EstimatedOn) =>
  new DayTable<CohortTally>((day, cohortId) => ({
    day,
    cohortId,
    units: 0,
    cost: 0,
    ...noRevenue(estimatedOn(day)),
  }))

export interface FactTables {
  features: DayTable<FeatureTally>
  customers: DayTable<CustomerTally>
  cohorts: DayTable<CohortTally>
}
