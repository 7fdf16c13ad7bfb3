import type { CohortResult, FeatureResult, Zone } from '../../../shared/engine/results'

/** A feature result with only what charts read filled in; the rest zeroed. */
export function featureResult(
  id: string,
  grossMarginPct: number | null,
  floorPct: number,
  zone: Zone,
  breakevenPriceAtFloor: number | null = null,
): FeatureResult {
  return {
    id,
    units: 0,
    revenue: 0,
    cogs: 0,
    grossProfit: 0,
    grossMarginPct,
    revenuePerUnit: null,
    costPerUnit: null,
    variableCostPerUnit: 0,
    costPerUnitP95: null,
    p95MarginPct: null,
    floorPct,
    zone,
    breakevenPriceAtFloor,
    breakevenPriceAtZero: null,
    breakevenUnits: null,
    layers: { inference: 0, orchestration: 0, infrastructure: 0, support: 0, hidden: 0, fixed: 0 },
    steps: [],
  }
}

/** A cohort result from its customers, revenue and cogs, derived as DESIGN §3 says. */
export function cohortResult(
  id: string,
  customers: number,
  revenue: number,
  cogs: number,
  flags: CohortResult['flags'] = [],
): CohortResult {
  return {
    id,
    customers,
    seats: customers,
    revenue,
    cogs,
    grossMarginPct: revenue === 0 ? null : ((revenue - cogs) / revenue) * 100,
    revenuePerCustomer: customers === 0 ? null : revenue / customers,
    revenuePerSeat: customers === 0 ? null : revenue / customers,
    cogsPerSeat: customers === 0 ? null : cogs / customers,
    aiCogsPerSeat: customers === 0 ? null : cogs / customers,
    costToRevenue: revenue === 0 ? null : cogs / revenue,
    zone: 'none',
    flags,
  }
}
