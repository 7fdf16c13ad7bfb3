/**
 * cost-per-unit-jump (DESIGN.md §10): a feature's cost per unit over the window above the previous
 * window's by more than the rule's percent, naming the driver whose cost per unit grew most.
 */
import type { Feature } from '../../model/types'
import { fastestGrowingDriver } from './drivers'
import { oneWindowEarlier, windowCostPerUnit } from './metrics'
import { raise, type AlertScope } from './raise'
import type { DriverTotals, RunningTotals } from './totals'
import type { Alert } from './types'

export function costPerUnitJumpAlerts(
  scope: AlertScope,
  features: readonly Feature[],
  totals: ReadonlyMap<string, RunningTotals>,
  drivers: ReadonlyMap<string, DriverTotals>,
): Alert[] {
  const { enabled, windowDays: days, threshold: risePct } = scope.rules['cost-per-unit-jump']
  if (!enabled) return []
  return features.flatMap((feature) => {
    const facts = totals.get(feature.id)
    if (!facts) return []
    /** This window's cost per unit, the previous one's, and the limit; null without units. */
    const jump = (day: number) => {
      const now = windowCostPerUnit(facts, day, days)
      const before = oneWindowEarlier(windowCostPerUnit, facts, day, days)
      return now === null || before === null
        ? null
        : { now, before, limit: before * (1 + risePct / 100) }
    }
    return raise(
      scope,
      'cost-per-unit-jump',
      { featureId: feature.id },
      (day) => {
        const measured = jump(day)
        return measured !== null && measured.now > measured.limit
      },
      (day) => {
        const { now, before, limit } = jump(day)!
        return {
          value: now,
          threshold: limit,
          trend: before,
          driver: fastestGrowingDriver(drivers.get(feature.id), facts.units, day, days),
        }
      },
    )
  })
}
