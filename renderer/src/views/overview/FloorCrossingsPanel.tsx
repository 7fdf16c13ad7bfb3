import { formatPct } from '../../../../shared/report/format'
import { formatFloorPct, formatMonth, formatPts } from '../../../../shared/report/labels'
import { ChartCard } from '../../charts/ChartCard'
import { ZoneBadge } from '../../charts/ZoneBadge'
import type { CrossingCell, FloorCrossings } from './floorCrossings'
import './overview.css'

export interface FloorCrossingsPanelProps {
  crossings: FloorCrossings
  scenarioName: string
  featureNames: Readonly<Record<string, string>>
  onSelectFeature?: (featureId: string) => void
}

/** What each compared month is: the first is the month the Overview shows, the second its horizon. */
const MONTH_ROLES = ['month shown', 'end of forecast'] as const

/** "Dec 2026 or Nov 2028 (end of forecast)". */
function monthsText(monthNames: string[]): string {
  const [shown, end] = monthNames
  return end === undefined ? (shown ?? '') : `${shown} or ${end} (end of forecast)`
}

function status(cell: CrossingCell): { text: string; tone: 'crosses' | 'quiet' } {
  const { baselinePct, scenarioPct, baselineFloorPct, floorPct } = cell
  if (cell.crosses) {
    return {
      text: `crosses, ${formatPts(floorPct - (scenarioPct ?? floorPct))} below`,
      tone: 'crosses',
    }
  }
  if (baselinePct === null || scenarioPct === null) return { text: 'no margin', tone: 'quiet' }
  if (baselinePct < baselineFloorPct) return { text: 'already below', tone: 'quiet' }
  return { text: 'stays above', tone: 'quiet' }
}

function floorText(cells: (CrossingCell | null)[]): string {
  const cell = cells.find((candidate) => candidate !== null)
  if (!cell) return '—'
  return cell.baselineFloorPct === cell.floorPct
    ? formatFloorPct(cell.floorPct)
    : `${formatFloorPct(cell.baselineFloorPct)} → ${formatFloorPct(cell.floorPct)}`
}

function MarginCell({ cell }: { cell: CrossingCell | null }) {
  if (cell === null) return <td className="num crossing-cell">—</td>
  const { text, tone } = status(cell)
  return (
    <td
      className={`num crossing-cell crossing-cell--${tone}`}
      data-testid="floor-crossing-cell"
      data-crosses={String(cell.crosses)}
      data-baseline={cell.baselinePct ?? ''}
      data-scenario={cell.scenarioPct ?? ''}
    >
      <span className="crossing-cell__margins">
        {formatPct(cell.baselinePct)} → <strong>{formatPct(cell.scenarioPct)}</strong>
      </span>
      <span className="crossing-cell__status">{text}</span>
    </td>
  )
}

/** "Under <scenario>, these features fall below their floor": the fire drill's answer. */
export function FloorCrossingsPanel({
  crossings,
  scenarioName,
  featureNames,
  onSelectFeature,
}: FloorCrossingsPanelProps) {
  const monthNames = crossings.months.map(formatMonth)
  const title = `Features crossing their floor under “${scenarioName}”`
  if (crossings.rows.length === 0) {
    return (
      <ChartCard
        title={title}
        caption="Features at or above their floor in the baseline that this scenario takes below it."
        testId="card-floor-crossings"
        wide
      >
        <p className="attention-clear" data-testid="floor-crossings-none">
          <ZoneBadge zone="green" label="None" />
          No feature crosses its floor in {monthsText(monthNames)}.
        </p>
      </ChartCard>
    )
  }
  return (
    <ChartCard
      title={title}
      caption="Features at or above their floor in the baseline that this scenario takes below it: gross margin, baseline → scenario."
      testId="card-floor-crossings"
      wide
    >
      <div className="crossings-scroll">
        <table className="data-table crossings-table" data-testid="floor-crossings">
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col" className="num">
                Floor
              </th>
              {monthNames.map((name, index) => (
                <th key={crossings.months[index]} scope="col" className="num">
                  {name}
                  <span className="crossings-table__role">{MONTH_ROLES[index]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {crossings.rows.map((row) => {
              const name = featureNames[row.featureId] ?? row.featureId
              return (
                <tr
                  key={row.featureId}
                  data-testid="floor-crossing"
                  data-feature-id={row.featureId}
                >
                  <th scope="row">
                    {onSelectFeature ? (
                      <button
                        type="button"
                        className="attention-item__link"
                        onClick={() => onSelectFeature(row.featureId)}
                      >
                        {name}
                      </button>
                    ) : (
                      name
                    )}
                  </th>
                  <td className="num">{floorText(row.cells)}</td>
                  {row.cells.map((cell, index) => (
                    <MarginCell key={crossings.months[index]} cell={cell} />
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </ChartCard>
  )
}
