import type { ReactNode } from 'react'
import type { Zone } from '../../../shared/engine/results'
import './charts.css'

export interface KpiTileProps {
  label: string
  /** The formatted figure. */
  value: string
  /** The unrounded engine number behind it, exposed as `data-value` for tests and tooling. */
  rawValue: number | null
  detail?: ReactNode
  /** Tints the tile's edge; the detail should carry the zone in words too. */
  zone?: Zone
  testId: string
}

export function KpiTile({ label, value, rawValue, detail, zone, testId }: KpiTileProps) {
  const zoneClass = zone && zone !== 'none' ? ` kpi-tile--${zone}` : ''
  return (
    <div
      className={`kpi-tile${zoneClass}`}
      data-testid={testId}
      data-value={rawValue === null ? '' : String(rawValue)}
    >
      <span className="kpi-tile__label">{label}</span>
      <span className="kpi-tile__value">{value}</span>
      {detail !== undefined && <span className="kpi-tile__detail">{detail}</span>}
    </div>
  )
}
