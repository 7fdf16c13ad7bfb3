import type { MonthFigures } from '../../../../../shared/actuals/analysis/planVsActual'
import {
  formatCallMoney,
  formatMoney,
  formatNumber,
  formatPct,
} from '../../../../../shared/report/format'
import { PORTFOLIO, type PlanRow } from './planRows'

interface PlanTableProps {
  rows: readonly PlanRow[]
  selected: string
  onSelect(id: string): void
}

type Stage = 'planned' | 'monthToDate' | 'projected'

/** Finance's own short words keep the figures of a row within a laptop's width. */
const stageLabels: Record<Stage, { label: string; hint: string }> = {
  planned: { label: 'Plan', hint: 'The plan for the whole month' },
  monthToDate: { label: 'MTD', hint: 'Month to date: actual through the last day of data' },
  projected: { label: 'Projected', hint: "To the month's end at the last 7 days' rate" },
}

interface Metric {
  label: string
  format(figures: MonthFigures): string
  stages: Stage[]
}

/**
 * Volumes and costs run planned, to date and projected. A ratio projected differs from its month
 * to date only by the last week's drift, so ratios show plan and to date, the projection on hover.
 */
const metrics: Metric[] = [
  {
    label: 'Units',
    format: (f) => formatNumber(f.units, 0),
    stages: ['planned', 'monthToDate', 'projected'],
  },
  {
    label: 'Cost',
    format: (f) => formatMoney(f.cost),
    stages: ['planned', 'monthToDate', 'projected'],
  },
  {
    label: 'Cost per unit',
    format: (f) => formatCallMoney(f.costPerUnit),
    stages: ['planned', 'monthToDate'],
  },
  {
    label: 'Gross margin',
    format: (f) => formatPct(f.grossMarginPct),
    stages: ['planned', 'monthToDate'],
  },
]

/** The projection of a metric whose Projected column is left out, for its MTD cell's hover. */
function projectionTip(metric: Metric, stage: Stage, row: PlanRow): string | undefined {
  if (stage !== 'monthToDate' || metric.stages.includes('projected')) return undefined
  return `Projected to the month's end: ${metric.format(row.comparison.projected)}`
}

/** "+12.4%" over plan in the cost colour, "−3.1%" under it in green; no plan, a dash. */
function OverPlan({ pct }: { pct: number | null }) {
  if (pct === null) return <span className="plan-over">—</span>
  const tone = Math.round(pct * 10) === 0 ? 'same' : pct > 0 ? 'over' : 'under'
  const sign = tone === 'same' ? '' : pct > 0 ? '+' : '−'
  return (
    <span className={`plan-over plan-over--${tone}`}>
      {sign}
      {formatPct(Math.abs(pct))}
    </span>
  )
}

/**
 * Each metric planned, to date and (volumes and costs) projected to the month's end, per feature and for all of
 * them, and the projected cost over or under the plan. A row picks what the chart shows.
 */
export function PlanTable({ rows, selected, onSelect }: PlanTableProps) {
  return (
    <div className="plan-table-scroll">
      <table className="data-table plan-table" data-testid="plan-table">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Feature
            </th>
            {/* The headline next to the name: where the month's cost lands against the plan. */}
            <th scope="col" rowSpan={2} className="num plan-table__verdict">
              Cost vs plan
            </th>
            {metrics.map((metric) => (
              <th
                key={metric.label}
                scope="colgroup"
                colSpan={metric.stages.length}
                className="plan-table__group"
              >
                {metric.label}
              </th>
            ))}
          </tr>
          <tr>
            {metrics.flatMap((metric) =>
              metric.stages.map((stage) => (
                <th
                  key={`${metric.label}:${stage}`}
                  scope="col"
                  className={`num plan-${stage}`}
                  title={stageLabels[stage].hint}
                >
                  {stageLabels[stage].label}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={[
                row.id === PORTFOLIO ? 'plan-table__portfolio' : '',
                row.id === selected ? 'plan-table__selected' : '',
              ].join(' ')}
              onClick={() => onSelect(row.id)}
              aria-selected={row.id === selected}
              data-testid={`plan-row-${row.id || 'portfolio'}`}
            >
              <th scope="row">
                {/* The row's click selects; the button makes it reachable by keyboard. */}
                <button type="button" className="plan-table__name">
                  {row.name}
                </button>
              </th>
              <td className="num plan-table__verdict" title={row.comparison.summary}>
                <OverPlan pct={row.comparison.overPlanPct} />
              </td>
              {metrics.flatMap((metric) =>
                metric.stages.map((stage) => (
                  <td
                    key={`${metric.label}:${stage}`}
                    className={`num plan-${stage}`}
                    title={projectionTip(metric, stage, row)}
                  >
                    {metric.format(row.comparison[stage])}
                  </td>
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
