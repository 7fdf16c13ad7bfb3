import type { ReviewZoneRow } from '../../../../../shared/actuals/weeklyReview'
import type { Zone } from '../../../../../shared/engine/results'
import { formatPct } from '../../../../../shared/report/format'
import { groupByZone } from '../../../../../shared/report/zones'
import { ZoneBadge } from '../../../charts/ZoneBadge'

/** Features side by side in their zone's column, worst zone first, each with its week's margin. */
export function ReviewZones({ rows }: { rows: readonly ReviewZoneRow[] }) {
  const zones = groupByZone(rows, (row) => row.zone)
  return (
    <div className="review-zones" data-testid="review-zones">
      {zones.map(([zone, features]: [Zone, ReviewZoneRow[]]) => (
        <section key={zone} className="review-zone" data-zone={zone} aria-label={zone}>
          <ZoneBadge zone={zone} />
          <ul className="review-zone__list">
            {features.map((row) => (
              <li
                key={row.featureId}
                data-testid="review-zone-feature"
                data-feature-id={row.featureId}
              >
                <span>{row.name}</span>
                <span className="review-zone__margin">{formatPct(row.marginPct)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
