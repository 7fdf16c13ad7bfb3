/**
 * The Overview's four headline figures, worded once for the screen and the PDF report: blended
 * margin, gross profit, AI COGS share and features below floor, each with the line beneath it.
 */
import type { ComputeResult, Zone } from '../engine/results'
import { formatMoney, formatPct } from './format'
import { formatFloorPct } from './labels'
import { countByZone } from './zones'

export interface KpiTileModel {
  id: 'margin' | 'gross-profit' | 'ai-cogs' | 'below-floor'
  label: string
  value: string
  /** The unrounded number behind `value`, for tests and tooltips. */
  rawValue: number | null
  detail: string
  /** Colours the tile. */
  zone?: Zone
  /** The zone to name before the detail (the margin's). */
  badge?: Zone
}

function belowFloorDetail(zones: Record<Zone, number>, total: number): string {
  if (total === 0) return 'no features yet'
  if (zones.yellow > 0) {
    return `${zones.yellow} more within ${zones.yellow === 1 ? 'its' : 'their'} warning band`
  }
  return zones.red > 0 ? 'no others near their floor' : 'none within its warning band either'
}

export function kpiTiles({ portfolio, features }: Pick<ComputeResult, 'portfolio' | 'features'>) {
  const zones = countByZone(features)
  const tiles: KpiTileModel[] = [
    {
      id: 'margin',
      label: 'Blended gross margin',
      value: formatPct(portfolio.grossMarginPct),
      rawValue: portfolio.grossMarginPct,
      detail: `floor ${formatFloorPct(portfolio.floorPct)}`,
      zone: portfolio.zone,
      badge: portfolio.zone,
    },
    {
      id: 'gross-profit',
      label: 'Gross profit per month',
      value: formatMoney(portfolio.grossProfit),
      rawValue: portfolio.grossProfit,
      detail: `on ${formatMoney(portfolio.revenue)} revenue`,
    },
    {
      id: 'ai-cogs',
      label: 'AI COGS, % of revenue',
      value: formatPct(portfolio.aiCogsPctOfRevenue),
      rawValue: portfolio.aiCogsPctOfRevenue,
      detail: `${formatMoney(portfolio.aiCogs)} of ${formatMoney(portfolio.cogs)} total COGS`,
    },
    {
      id: 'below-floor',
      label: 'Features below floor',
      value: `${zones.red} of ${features.length}`,
      rawValue: zones.red,
      detail: belowFloorDetail(zones, features.length),
      zone: zones.red > 0 ? 'red' : zones.yellow > 0 ? 'yellow' : 'green',
    },
  ]
  return tiles
}
