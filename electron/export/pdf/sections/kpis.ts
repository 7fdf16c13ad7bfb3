import type { BoardReport } from '../../../../shared/report/boardReport'
import { kpiTiles, type KpiTileModel } from '../../../../shared/report/kpis'
import { zoneText } from '../../../../shared/report/zones'
import { escapeHtml } from '../escape'

function tileHtml({ label, value, detail, zone, badge }: KpiTileModel): string {
  const zoneClass = zone ? ` zone-${zone}` : ''
  const line = badge === undefined ? detail : `${zoneText(badge)} · ${detail}`
  return `<div class="kpi${zoneClass}">
<div class="kpi-label">${escapeHtml(label)}</div>
<div class="kpi-value">${escapeHtml(value)}</div>
<div class="kpi-detail">${escapeHtml(line)}</div>
</div>`
}

/** The Overview's four tiles, worded as on screen (shared/report/kpis.ts). */
export function kpiTilesHtml(report: BoardReport): string {
  return `<div class="kpis">${kpiTiles(report.result).map(tileHtml).join('\n')}</div>`
}
