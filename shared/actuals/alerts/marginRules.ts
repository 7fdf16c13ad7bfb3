/**
 * yellow-7d and red-3d (DESIGN.md §10): a feature's trailing-window margin in the yellow band or
 * under its floor, by the §3 zones of its own floor and band.
 */
import { zoneOf } from '../../engine/margins'
import { floorPctOf, yellowBandPtsOf } from '../../model/defaults'
import type { Feature } from '../../model/types'
import { largestDriver } from './drivers'
import { oneWindowEarlier, windowMargin } from './metrics'
import { raise, type AlertScope } from './raise'
import type { DriverTotals, RunningTotals } from './totals'
import type { Alert } from './types'

/** Each rule and the zone its margin must be in: the yellow band is at or above the floor. */
const MARGIN_RULES = [
  { rule: 'red-3d', zone: 'red' },
  { rule: 'yellow-7d', zone: 'yellow' },
] as const

export function marginAlerts(
  scope: AlertScope,
  features: readonly Feature[],
  totals: ReadonlyMap<string, RunningTotals>,
  drivers: ReadonlyMap<string, DriverTotals>,
): Alert[] {
  return MARGIN_RULES.filter(({ rule }) => scope.rules[rule].enabled).flatMap(({ rule, zone }) =>
    features.flatMap((feature) => {
      const facts = totals.get(feature.id)
      if (!facts) return []
      const days = scope.rules[rule].windowDays
      const floor = floorPctOf(feature)
      const band = yellowBandPtsOf(feature)
      return raise(
        scope,
        rule,
        { featureId: feature.id },
        (day) => zoneOf(windowMargin(facts, day, days), floor, band) === zone,
        (day) => ({
          value: windowMargin(facts, day, days)!,
          threshold: zone === 'red' ? floor : floor + band,
          trend: oneWindowEarlier(windowMargin, facts, day, days),
          driver: largestDriver(drivers.get(feature.id), day, days),
        }),
      )
    }),
  )
}
