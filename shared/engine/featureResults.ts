/** Per-feature results of a month (DESIGN.md §3 "Features", §5 `features`). */
import type { CompiledDoc, CompiledFeature } from './compiledDoc'
import { attributedAiSubscription } from './attribution'
import { marginPct, ratioOrNull, zoneOf } from './margins'
import type { MonthLedger } from './monthLedger'
import type { FeatureLayers, FeatureResult, StepResult } from './results'
import { stepResults } from './stepResults'
import { unitCostP95 } from './unitCost'

export interface FeatureTotals {
  revenue: number
  variableCogs: number
  layers: FeatureLayers
}

function emptyTotals(fixed: number): FeatureTotals {
  const layers = { inference: 0, orchestration: 0, infrastructure: 0, support: 0, hidden: 0, fixed }
  return { revenue: 0, variableCogs: 0, layers }
}

/** Revenue (usage, overage, attributed subscription) and variable COGS of each feature. */
export function featureTotals(compiled: CompiledDoc, ledger: MonthLedger): FeatureTotals[] {
  const totals = compiled.features.map((feature) => emptyTotals(feature.fixedMonthly))
  for (const cohort of ledger.cohorts) {
    const attributed = attributedAiSubscription(cohort, compiled)
    cohort.lines.forEach((line, index) => {
      const total = totals[line.usage.feature]!
      total.revenue += line.usageRevenue + line.overage + attributed[index]!
      total.variableCogs += line.variableCost
      const { layers } = total
      layers.inference += line.units * line.cost.inference
      layers.orchestration += line.units * line.cost.orchestration
      layers.infrastructure += line.units * line.cost.infrastructure
      layers.support += line.units * line.cost.support
      layers.hidden += line.units * line.cost.hidden
    })
  }
  return totals
}

/**
 * Units that pay the fixed cost back at the usage price: fixed/(price − variable cost per unit),
 * the variable cost being the feature's average over its cohorts (at token scale 1 without units).
 */
function breakevenUnits(
  feature: CompiledFeature,
  units: number,
  variableCogs: number,
  variableAtScaleOne: number,
): number | null {
  if (!(feature.fixedMonthly > 0 && feature.pricePerUnit > 0)) return null
  const variablePerUnit = units > 0 ? variableCogs / units : variableAtScaleOne
  const contribution = feature.pricePerUnit - variablePerUnit
  return contribution > 0 ? feature.fixedMonthly / contribution : null
}

function featureResult(
  f: number,
  feature: CompiledFeature,
  totals: FeatureTotals,
  ledger: MonthLedger,
): FeatureResult {
  const { revenue, variableCogs, layers } = totals
  const units = ledger.featureUnits[f]!
  let steps: StepResult[] | undefined
  const variableCostPerUnit = ledger.costAt(f, 1).variable
  const cogs = variableCogs + feature.fixedMonthly
  const grossMarginPct = marginPct(revenue, cogs)
  const revenuePerUnit = ratioOrNull(revenue, units)
  const costPerUnit = ratioOrNull(cogs, units)
  const costPerUnitP95 =
    units > 0 ? unitCostP95(feature, ledger.prices).variable + feature.fixedMonthly / units : null
  const p95MarginPct =
    revenuePerUnit === null || costPerUnitP95 === null
      ? null
      : marginPct(revenuePerUnit, costPerUnitP95)
  return {
    id: feature.id,
    units,
    revenue,
    cogs,
    grossProfit: revenue - cogs,
    grossMarginPct,
    revenuePerUnit,
    costPerUnit,
    variableCostPerUnit,
    costPerUnitP95,
    p95MarginPct,
    floorPct: feature.floorPct,
    zone: zoneOf(grossMarginPct, feature.floorPct, feature.yellowBandPts),
    breakevenPriceAtFloor: costPerUnit === null ? null : costPerUnit / (1 - feature.floorPct / 100),
    breakevenPriceAtZero: costPerUnit,
    breakevenUnits: breakevenUnits(feature, units, variableCogs, variableCostPerUnit),
    layers,
    // Read on first use (the Steps grid, the CLI's JSON): goal seek and the tornado evaluate
    // hundreds of months that never look at a step.
    get steps() {
      return (steps ??= stepResults(feature, ledger.prices))
    },
  }
}

/** Feature results in compiled (id) order. */
export function featureResults(compiled: CompiledDoc, ledger: MonthLedger): FeatureResult[] {
  const totals = featureTotals(compiled, ledger)
  return compiled.features.map((feature, f) => featureResult(f, feature, totals[f]!, ledger))
}
