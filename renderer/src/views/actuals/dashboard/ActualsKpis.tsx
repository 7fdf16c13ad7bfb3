import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import { zoneOf } from '../../../../../shared/engine/margins'
import {
  PORTFOLIO_YELLOW_BAND_PTS,
  portfolioFloorPctOf,
} from '../../../../../shared/model/defaults'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { formatMoney, formatNumber, formatPct } from '../../../../../shared/report/format'
import { formatFloorPct } from '../../../../../shared/report/labels'
import { KpiTile } from '../../../charts/KpiTile'
import { ZoneBadge } from '../../../charts/ZoneBadge'

interface ActualsKpisProps {
  overview: ActualsOverview
  doc: WorkspaceDoc
}

/** The window's totals: volume, cost, revenue (saying whence) and the margin in its zone. */
export function ActualsKpis({ overview, doc }: ActualsKpisProps) {
  const { totals, revenueSource } = overview
  const floorPct = portfolioFloorPctOf(doc)
  const zone = zoneOf(totals.grossMarginPct, floorPct, PORTFOLIO_YELLOW_BAND_PTS)
  return (
    <div className="kpi-row actuals-kpis" data-testid="actuals-kpis">
      <KpiTile
        testId="actuals-kpi-units"
        label="Units"
        value={formatNumber(totals.units, 0)}
        rawValue={totals.units}
        detail="Distinct traces or requests"
      />
      <KpiTile
        testId="actuals-kpi-calls"
        label="Model calls"
        value={formatNumber(totals.calls, 0)}
        rawValue={totals.calls}
      />
      <KpiTile
        testId="actuals-kpi-cost"
        label="AI cost"
        value={formatMoney(totals.cost)}
        rawValue={totals.cost}
        detail="Billed tokens, components and fixed cost"
      />
      <KpiTile
        testId="actuals-kpi-revenue"
        label="Revenue"
        value={formatMoney(totals.revenue)}
        rawValue={totals.revenue}
        detail={revenueSource === 'estimated' ? 'Estimated from the plan' : 'Imported'}
      />
      <KpiTile
        testId="actuals-kpi-margin"
        label="Gross margin"
        value={formatPct(totals.grossMarginPct)}
        rawValue={totals.grossMarginPct}
        zone={zone}
        detail={
          <>
            <ZoneBadge zone={zone} />
            <span>Portfolio floor {formatFloorPct(floorPct)}</span>
          </>
        }
      />
    </div>
  )
}
