/**
 * What an actual unit costs besides its tokens: the feature's components (DESIGN.md §3 layers),
 * the hidden uplift and the fixed monthly cost, as the workspace states them. Actuals pay the
 * price book's token cost as billed; everything else is the plan's own assumption.
 */
import { costPerUnitOf, FIELD_DEFAULTS } from '../../model/defaults'
import type { WorkspaceDoc } from '../../model/types'
import type { DailyAggregate } from '../types'
import { daysInMonth } from '../days'

interface ComponentCost {
  id: string
  costPerUnit: number
  fixedMonthly: number
}

export interface FeatureCostRule {
  hiddenCostPct: number
  components: readonly ComponentCost[]
  /** Σ components fixedMonthly. */
  fixedMonthly: number
}

/** An aggregate's cost beside its tokens: what its units cost on the feature's components. */
export interface AggregateCost {
  /** As billed: reported, else re-costed, else 0 (an unpriced model is not guessed at). */
  tokenCost: number
  expectedCost: number | null
  /** Token cost, component cost per unit × units and the hidden uplift on both (§3). */
  variableCost: number
  /** `component:<id>` → cost per unit × units (the hidden uplift is not any one component's). */
  componentCosts: ReadonlyMap<string, number>
}

const NO_COSTS: FeatureCostRule = { hiddenCostPct: 0, components: [], fixedMonthly: 0 }

/** Each feature's rule by id; a feature the workspace does not have costs its tokens only. */
export function featureCostRules(doc: WorkspaceDoc): (featureId: string) => FeatureCostRule {
  const rules = new Map(
    doc.features.map((feature): [string, FeatureCostRule] => {
      const components = feature.components.map((component) => ({
        id: component.id,
        costPerUnit: costPerUnitOf(component),
        fixedMonthly: component.fixedMonthly ?? FIELD_DEFAULTS.component.fixedMonthly(),
      }))
      return [
        feature.id,
        {
          hiddenCostPct: feature.hiddenCostPct ?? FIELD_DEFAULTS.feature.hiddenCostPct(),
          components,
          fixedMonthly: components.reduce((sum, component) => sum + component.fixedMonthly, 0),
        },
      ]
    }),
  )
  return (featureId) => rules.get(featureId) ?? NO_COSTS
}

export function aggregateCost(
  aggregate: DailyAggregate,
  expectedCost: number | null,
  rule: FeatureCostRule,
): AggregateCost {
  const tokenCost = aggregate.reportedCost ?? expectedCost ?? 0
  const componentCosts = new Map(
    rule.components.map((component) => [
      `component:${component.id}`,
      component.costPerUnit * aggregate.units,
    ]),
  )
  let perUnit = 0
  for (const cost of componentCosts.values()) perUnit += cost
  const variableCost = (tokenCost + perUnit) * (1 + rule.hiddenCostPct / 100)
  return { tokenCost, expectedCost, variableCost, componentCosts }
}

/** A component's fixed monthly cost spread evenly over the days of `day`'s month (§10). */
export const fixedOnDay = (fixedMonthly: number, day: string): number =>
  fixedMonthly / daysInMonth(day)
