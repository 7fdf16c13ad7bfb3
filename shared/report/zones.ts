import type { Zone } from '../engine/results'

export interface ZoneStyle {
  color: string
  /** Words and an icon, so a zone reads the same in greyscale print and for colour-blind readers. */
  label: string
  icon: string
}

export const zoneStyles: Record<Zone, ZoneStyle> = {
  red: { color: '#c62828', label: 'Below floor', icon: '✗' },
  yellow: { color: '#b7791f', label: 'Near floor', icon: '⚠\uFE0E' },
  green: { color: '#2e7d32', label: 'Above floor', icon: '✓' },
  none: { color: '#757575', label: 'No revenue', icon: '–' },
}

/** Legend and list order: worst first, so problems lead. */
const zoneOrder: readonly Zone[] = ['red', 'yellow', 'green', 'none']

const zoneByLabel = new Map(
  (Object.keys(zoneStyles) as Zone[]).map((zone) => [zoneStyles[zone].label, zone]),
)

/** The zone a results table's zone cell names by its label ("Below floor" → red). */
export const zoneOfLabel = (label: string): Zone | undefined => zoneByLabel.get(label)

export function zoneText(zone: Zone): string {
  const style = zoneStyles[zone]
  return `${style.icon} ${style.label}`
}

export function countByZone(items: readonly { zone: Zone }[]): Record<Zone, number> {
  const counts: Record<Zone, number> = { red: 0, yellow: 0, green: 0, none: 0 }
  for (const item of items) counts[item.zone] += 1
  return counts
}

/** Items grouped by zone in `zoneOrder`, empty zones left out: one trace (and legend entry) each. */
export function groupByZone<T>(items: readonly T[], zoneOf: (item: T) => Zone): [Zone, T[]][] {
  return zoneOrder.flatMap((zone): [Zone, T[]][] => {
    const inZone = items.filter((item) => zoneOf(item) === zone)
    return inZone.length > 0 ? [[zone, inZone]] : []
  })
}
