/** Each feature's days: usage and variable cost from its aggregates, fixed cost on every day. */
import type { Feature } from '../../model/types'
import type { DailyAggregate } from '../types'
import type { DayTable } from './dayTable'
import { plusKnown } from './dayTable'
import { fixedOnDay, type AggregateCost, type FeatureCostRule } from './featureCosts'
import { featureTable, type EstimatedOn, type FeatureTally } from './factRows'

export type PricedAggregate = AggregateCost & { aggregate: DailyAggregate }

const addTo = (drivers: Record<string, number>, key: string, cost: number) => {
  drivers[key] = (drivers[key] ?? 0) + cost
}

function addUsage(tally: FeatureTally, priced: PricedAggregate): void {
  const { aggregate, tokenCost, componentCosts } = priced
  tally.units += aggregate.units
  tally.calls += aggregate.calls
  tally.tokenCost += tokenCost
  tally.expectedCost = plusKnown(tally.expectedCost, priced.expectedCost)
  tally.cost += priced.variableCost
  if (aggregate.stepId !== '') addTo(tally.drivers, `step:${aggregate.stepId}`, tokenCost)
  addTo(tally.drivers, `model:${aggregate.modelId ?? aggregate.sourceModel}`, tokenCost)
  for (const [key, cost] of componentCosts) addTo(tally.drivers, key, cost)
}

function addFixed(tally: FeatureTally, rule: FeatureCostRule): void {
  tally.cost += fixedOnDay(rule.fixedMonthly, tally.day)
  for (const component of rule.components) {
    if (component.fixedMonthly === 0) continue
    addTo(tally.drivers, `component:${component.id}`, fixedOnDay(component.fixedMonthly, tally.day))
  }
}

export function featureDays(
  priced: readonly PricedAggregate[],
  days: readonly string[],
  features: readonly Feature[],
  ruleOf: (featureId: string) => FeatureCostRule,
  estimatedOn: EstimatedOn,
): DayTable<FeatureTally> {
  const table = featureTable(estimatedOn)
  for (const entry of priced)
    addUsage(table.at(entry.aggregate.day, entry.aggregate.featureId), entry)
  for (const { id } of features) {
    const rule = ruleOf(id)
    if (rule.fixedMonthly === 0) continue
    for (const day of days) addFixed(table.at(day, id), rule)
  }
  return table
}
