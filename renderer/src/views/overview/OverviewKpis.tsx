import type { ComputeResult, Zone } from '../../../../shared/engine/results'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { KpiTile } from '../../charts/KpiTile'
import { formatFloorPct } from '../../../../shared/report/labels'
import { ZoneBadge } from '../../charts/ZoneBadge'
import { countByZone } from '../../../../shared/report/zones'

function belowFloorDetail(zones: Record<Zone, number>, total: number): string {
  if (total === 0) return 'no features yet'
  if (zones.yellow > 0) {
    return `${zones.yellow} more within ${zones.yellow === 1 ? 'its' : 'their'} warning band`
  }
  return zones.red > 0 ? 'no others near their floor' : 'none within its warning band either'
}

export function OverviewKpis({ result }: { result: ComputeResult }) {
  const { portfolio, features } = result
  const zones = countByZone(features)
  return (
    <div className="kpi-row">
      <KpiTile
        testId="kpi-margin"
        label="Blended gross margin"
        value={formatPct(portfolio.grossMarginPct)}
        rawValue={portfolio.grossMarginPct}
        zone={portfolio.zone}
        detail={
          <>
            <ZoneBadge zone={portfolio.zone} />
            <span>floor {formatFloorPct(portfolio.floorPct)}</span>
          </>
        }
      />
      <KpiTile
        testId="kpi-gross-profit"
        label="Gross profit per month"
        value={formatMoney(portfolio.grossProfit)}
        rawValue={portfolio.grossProfit}
        detail={`on ${formatMoney(portfolio.revenue)} revenue`}
      />
      <KpiTile
        testId="kpi-ai-cogs"
        label="AI COGS, % of revenue"
        value={formatPct(portfolio.aiCogsPctOfRevenue)}
        rawValue={portfolio.aiCogsPctOfRevenue}
        detail={`${formatMoney(portfolio.aiCogs)} of ${formatMoney(portfolio.cogs)} total COGS`}
      />
      <KpiTile
        testId="kpi-below-floor"
        label="Features below floor"
        value={`${zones.red} of ${features.length}`}
        rawValue={zones.red}
        zone={zones.red > 0 ? 'red' : zones.yellow > 0 ? 'yellow' : 'green'}
        detail={belowFloorDetail(zones, features.length)}
      />
    </div>
  )
}
