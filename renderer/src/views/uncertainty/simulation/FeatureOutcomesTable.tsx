import { zoneOf } from '../../../../../shared/engine/margins'
import { DEFAULT_YELLOW_BAND_PTS, yellowBandPtsOf } from '../../../../../shared/model/defaults'
import type { Feature } from '../../../../../shared/model/types'
import { formatMoney, formatPct } from '../../../../../shared/report/format'
import { formatFloorPct } from '../../../../../shared/report/labels'
import type { FeatureDistribution } from '../../../../../shared/simulation'
import { ZoneBadge } from '../../../charts/ZoneBadge'
import { chanceZone } from './chanceZone'
import { formatChance } from './runFormat'

interface FeatureOutcomesTableProps {
  features: FeatureDistribution[]
  /** The features as the run's scenario saw them, for names and warning bands. */
  featureOf: (id: string) => Feature | undefined
}

function FeatureRow({ outcome, feature }: { outcome: FeatureDistribution; feature?: Feature }) {
  const margin = outcome.grossMarginPct
  const band = feature === undefined ? DEFAULT_YELLOW_BAND_PTS : yellowBandPtsOf(feature)
  const medianZone = zoneOf(margin?.p50 ?? null, outcome.floorPct, band)
  const chance = chanceZone(outcome.probBelowFloor)
  return (
    <tr data-testid={`sim-feature-${outcome.id}`}>
      <th scope="row">{feature?.name ?? outcome.id}</th>
      <td className="num">{formatPct(margin?.p5)}</td>
      <td className={`num simulation-table__zone--${medianZone}`}>
        <b>{formatPct(margin?.p50)}</b>
      </td>
      <td className="num">{formatPct(margin?.p95)}</td>
      <td className="num">{formatPct(margin?.mean)}</td>
      <td className="num">{formatMoney(outcome.grossProfit.p50)}</td>
      <td className="num">{formatFloorPct(outcome.floorPct)}</td>
      <td className={`num simulation-table__zone--${chance}`}>
        {formatChance(outcome.probBelowFloor)}
      </td>
      <td>
        <ZoneBadge zone={medianZone} />
      </td>
    </tr>
  )
}

/** Each feature's margin spread at the run's month and its chance of ending below its floor. */
export function FeatureOutcomesTable({ features, featureOf }: FeatureOutcomesTableProps) {
  return (
    <table className="data-table simulation-table" data-testid="sim-feature-table">
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col" className="num">
            Margin P5
          </th>
          <th scope="col" className="num">
            Margin P50
          </th>
          <th scope="col" className="num">
            Margin P95
          </th>
          <th scope="col" className="num">
            Mean margin
          </th>
          <th scope="col" className="num">
            Gross profit P50
          </th>
          <th scope="col" className="num">
            Floor
          </th>
          <th scope="col" className="num">
            Chance below floor
          </th>
          <th scope="col">Zone at P50</th>
        </tr>
      </thead>
      <tbody>
        {features.map((outcome) => (
          <FeatureRow key={outcome.id} outcome={outcome} feature={featureOf(outcome.id)} />
        ))}
      </tbody>
    </table>
  )
}
