import { zoneStyles } from '../../../shared/report/zones'
import { formatPct } from '../../../shared/report/format'
import { useResult } from '../store/hooks'

/**
 * The blended gross margin of the active scenario, always in view: whatever grid a person edits,
 * the number a CFO watches answers on the same keystroke.
 */
export function MarginChip() {
  const portfolio = useResult()?.portfolio
  if (portfolio === undefined) return null
  const zone = zoneStyles[portfolio.zone]
  return (
    <span
      className={`margin-chip margin-chip--${portfolio.zone}`}
      data-testid="topbar-margin"
      data-value={portfolio.grossMarginPct ?? ''}
      title={`Blended gross margin, ${zone.label.toLowerCase()} (floor ${formatPct(portfolio.floorPct, 0)})`}
    >
      <span className="margin-chip__label">Blended margin</span>
      <span className="margin-chip__value">{formatPct(portfolio.grossMarginPct)}</span>
      <span className="margin-chip__zone" aria-hidden="true">
        {zone.icon}
      </span>
    </span>
  )
}
