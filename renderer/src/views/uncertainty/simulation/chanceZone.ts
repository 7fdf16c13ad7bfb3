import type { Zone } from '../../../../../shared/engine/results'

/**
 * How worrying a chance of ending below the floor is: more likely than not, red; more than one
 * draw in twenty (the P5 draw is below the floor), yellow; else green.
 */
export function chanceZone(share: number): Zone {
  if (share >= 0.5) return 'red'
  if (share > 0.05) return 'yellow'
  return 'green'
}
