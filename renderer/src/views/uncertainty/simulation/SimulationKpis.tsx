import { zoneOf } from '../../../../../shared/engine/margins'
import { PORTFOLIO_YELLOW_BAND_PTS } from '../../../../../shared/model/defaults'
import { formatMoney, formatNumber, formatPct } from '../../../../../shared/report/format'
import { formatFloorPct, formatMonth } from '../../../../../shared/report/labels'
import type { Percentiles, SimulationResult } from '../../../../../shared/simulation'
import { KpiTile } from '../../../charts/KpiTile'
import { chanceZone } from './chanceZone'
import { formatChance } from './runFormat'

/** "90% of draws: 57.0% to 66.3% · plan 62.0%". */
function spreadDetail(
  percentiles: Percentiles,
  plan: number | null,
  format: (value: number | null) => string,
): string {
  return `90% of draws: ${format(percentiles.p5)} to ${format(percentiles.p95)} · plan ${format(plan)}`
}

/** The portfolio at the run's month: margin and gross profit (P50, P5–P95) and the chance below the floor. */
export function SimulationKpis({ result }: { result: SimulationResult }) {
  const { portfolio } = result
  const margin = portfolio.grossMarginPct
  const month = formatMonth(result.month)
  const below = Math.round(portfolio.probBelowFloor * result.draws)
  return (
    <div className="kpi-row simulation-kpis">
      <KpiTile
        testId="sim-kpi-margin"
        label={`Gross margin, ${month} (median)`}
        value={formatPct(margin?.p50)}
        rawValue={margin?.p50 ?? null}
        zone={zoneOf(margin?.p50 ?? null, portfolio.floorPct, PORTFOLIO_YELLOW_BAND_PTS)}
        detail={
          margin === null
            ? 'No draw had revenue: no margin'
            : spreadDetail(margin, portfolio.deterministic.grossMarginPct, (v) => formatPct(v))
        }
      />
      <KpiTile
        testId="sim-kpi-profit"
        label={`Gross profit, ${month} (median)`}
        value={formatMoney(portfolio.grossProfit.p50)}
        rawValue={portfolio.grossProfit.p50}
        detail={spreadDetail(
          portfolio.grossProfit,
          portfolio.deterministic.grossProfit,
          formatMoney,
        )}
      />
      <KpiTile
        testId="sim-kpi-chance"
        label={`Chance below the ${formatFloorPct(portfolio.floorPct)} floor`}
        value={formatChance(portfolio.probBelowFloor)}
        rawValue={portfolio.probBelowFloor}
        zone={chanceZone(portfolio.probBelowFloor)}
        detail={`${formatNumber(below, 0)} of ${formatNumber(result.draws, 0)} draws end ${month} below it`}
      />
    </div>
  )
}
