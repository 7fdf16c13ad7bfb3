import type { Zone } from '../../../shared/engine/results'
import { zoneStyles } from '../../../shared/report/zones'
import './charts.css'

export interface ZoneBadgeProps {
  zone: Zone
  /** Words and icon other than the zone's own, e.g. for a flagged cohort in the zone's colour. */
  label?: string
  icon?: string
}

/** A zone as colour, icon and words together, so it survives greyscale and colour blindness. */
export function ZoneBadge({ zone, label, icon }: ZoneBadgeProps) {
  const style = zoneStyles[zone]
  return (
    <span className={`zone-badge zone-badge--${zone}`} data-zone={zone}>
      <span className="zone-badge__icon" aria-hidden="true">
        {icon ?? style.icon}
      </span>
      {label ?? style.label}
    </span>
  )
}
