/** Daily facts summed over a period (a week, a month, a window), and what the sums imply. */
import { marginPct, ratioOrNull, zoneOf } from '../../engine/margins'
import type { Zone } from '../../engine/results'
import type { FeatureDay } from '../facts'
import { plusKnown } from './dayTable'

/** A feature's, customer's or cohort's day; only features count calls and expected cost. */
export type FactRow = Pick<FeatureDay, 'day' | 'units' | 'cost' | 'revenue' | 'revenueEstimated'> &
  Partial<Pick<FeatureDay, 'calls' | 'expectedCost'>>

export interface FactTotals {
  /** Days with a row. */
  days: number
  units: number
  /** Null for customers and cohorts, whose days do not count calls. */
  calls: number | null
  cost: number
  expectedCost: number | null
  revenue: number | null
  revenueEstimated: boolean
}

/** Ratios of the totals, and the zone of the margin against a floor and a yellow band. */
export interface FactRatios {
  costPerUnit: number | null
  revenuePerUnit: number | null
  grossMarginPct: number | null
  zone: Zone
}

export function totalOf(rows: readonly FactRow[]): FactTotals {
  const totals: FactTotals = {
    days: new Set(rows.map((row) => row.day)).size,
    units: 0,
    calls: null,
    cost: 0,
    expectedCost: null,
    revenue: null,
    revenueEstimated: false,
  }
  for (const row of rows) {
    totals.units += row.units
    totals.calls = plusKnown(totals.calls, row.calls ?? null)
    totals.cost += row.cost
    totals.expectedCost = plusKnown(totals.expectedCost, row.expectedCost ?? null)
    totals.revenue = plusKnown(totals.revenue, row.revenue)
    totals.revenueEstimated ||= row.revenueEstimated
  }
  return totals
}

export const grossMarginOf = (totals: Pick<FactTotals, 'cost' | 'revenue'>): number | null =>
  totals.revenue === null ? null : marginPct(totals.revenue, totals.cost)

export function ratiosOf(totals: FactTotals, floorPct: number, yellowBandPts: number): FactRatios {
  const grossMarginPct = grossMarginOf(totals)
  return {
    costPerUnit: ratioOrNull(totals.cost, totals.units),
    revenuePerUnit: totals.revenue === null ? null : ratioOrNull(totals.revenue, totals.units),
    grossMarginPct,
    zone: zoneOf(grossMarginPct, floorPct, yellowBandPts),
  }
}
