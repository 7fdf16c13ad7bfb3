import type { Zone } from '../../../../shared/engine/results'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { formatFloorPct } from '../../../../shared/report/labels'
import { countByZone, zoneText } from '../../../../shared/report/zones'
import { escapeHtml } from '../escape'

interface Tile {
  label: string
  value: string
  detail: string
  zone?: Zone
}

function tileHtml({ label, value, detail, zone }: Tile): string {
  const zoneClass = zone ? ` zone-${zone}` : ''
  return `<div class="kpi${zoneClass}">
<div class="kpi-label">${escapeHtml(label)}</div>
<div class="kpi-value">${escapeHtml(value)}</div>
<div class="kpi-detail">${escapeHtml(detail)}</div>
</div>`
}

function belowFloorDetail(zones: Record<Zone, number>, total: number): string {
  if (total === 0) return 'no features yet'
  if (zones.yellow > 0) return `${zones.yellow} more within the warning band above their floor`
  return zones.red > 0 ? 'no others near their floor' : 'none near its floor either'
}

/** The Overview's four tiles, worded as on screen. */
export function kpiTiles(report: BoardReport): string {
  const { portfolio, features } = report.result
  const zones = countByZone(features)
  const tiles: Tile[] = [
    {
      label: 'Blended gross margin',
      value: formatPct(portfolio.grossMarginPct),
      detail: `${zoneText(portfolio.zone)} · floor ${formatFloorPct(portfolio.floorPct)}`,
      zone: portfolio.zone,
    },
    {
      label: 'Gross profit per month',
      value: formatMoney(portfolio.grossProfit),
      detail: `on ${formatMoney(portfolio.revenue)} revenue`,
    },
    {
      label: 'AI COGS, % of revenue',
      value: formatPct(portfolio.aiCogsPctOfRevenue),
      detail: `${formatMoney(portfolio.aiCogs)} of ${formatMoney(portfolio.cogs)} total COGS`,
    },
    {
      label: 'Features below floor',
      value: `${zones.red} of ${features.length}`,
      detail: belowFloorDetail(zones, features.length),
      zone: zones.red > 0 ? 'red' : zones.yellow > 0 ? 'yellow' : 'green',
    },
  ]
  return `<div class="kpis">${tiles.map(tileHtml).join('\n')}</div>`
}
