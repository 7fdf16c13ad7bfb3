import type { ComputeResult } from '../../../../shared/engine/results'
import { kpiTiles } from '../../../../shared/report/kpis'
import { KpiTile } from '../../charts/KpiTile'
import { ZoneBadge } from '../../charts/ZoneBadge'

export function OverviewKpis({ result }: { result: ComputeResult }) {
  return (
    <div className="kpi-row">
      {kpiTiles(result).map((tile) => (
        <KpiTile
          key={tile.id}
          testId={`kpi-${tile.id}`}
          label={tile.label}
          value={tile.value}
          rawValue={tile.rawValue}
          zone={tile.zone}
          detail={
            tile.badge === undefined ? (
              tile.detail
            ) : (
              <>
                <ZoneBadge zone={tile.badge} />
                <span>{tile.detail}</span>
              </>
            )
          }
        />
      ))}
    </div>
  )
}
