/** Which driver (`step:…`, `model:…`, `component:…`) an alert names (DESIGN.md §10). */
import { windowSum, type DriverTotals, type Running } from './totals'

/** The driver with the largest cost over the window: the margin rules' primary driver. */
export const largestDriver = (
  drivers: DriverTotals | undefined,
  end: number,
  days: number,
): string | null => bestDriver(drivers, (cost) => windowSum(cost, end, days))

/**
 * The driver whose cost per unit (its cost ÷ the feature's units) grew most in dollars from the
 * previous window to the window ending on `end`: the cost-per-unit-jump rule's driver. Asked only
 * where the rule holds, so both windows have units.
 */
export function fastestGrowingDriver(
  drivers: DriverTotals | undefined,
  units: Running,
  end: number,
  days: number,
): string | null {
  const unitsNow = windowSum(units, end, days)
  const unitsBefore = windowSum(units, end - days, days)
  return bestDriver(
    drivers,
    (cost) =>
      windowSum(cost, end, days) / unitsNow - windowSum(cost, end - days, days) / unitsBefore,
  )
}

/**
 * The driver scoring highest, when its score is above 0 (no driver that cost nothing, or that
 * did not grow, is named); of equal scores the first key in text order, so the answer is stable.
 */
function bestDriver(
  drivers: DriverTotals | undefined,
  score: (cost: Running) => number,
): string | null {
  let best: string | null = null
  let bestScore = 0
  for (const [key, cost] of drivers ?? []) {
    const value = score(cost)
    if (value > bestScore || (value === bestScore && best !== null && key < best)) {
      best = key
      bestScore = value
    }
  }
  return best
}
