import type { Annotations, Shape } from 'plotly.js'
import type { PeriodRow } from '../actuals/analysis/periodRows'
import type { PlanVsActualMonth } from '../actuals/analysis/planVsActual'
import { daysInMonth } from '../actuals/days'
import { formatMoney } from '../report/format'
import { formatDay } from '../report/labels'
import { dayAxis } from './actualsFigure'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, palette } from './theme'

export interface PlanCostInput {
  /** `series.dailyMargin`: by feature and day. */
  rows: readonly PeriodRow[]
  /** The feature shown; null: every feature together (the portfolio). */
  featureId: string | null
  /** The month's comparison for that feature or the portfolio. */
  comparison: PlanVsActualMonth
  /** The last day with usage (`planVsActual.asOf`). */
  asOf: string
}

export const planColor = palette.muted
export const actualColor = palette.accent

interface CumulativeCost {
  actual: { x: string[]; y: number[] }
  projected: { x: string[]; y: number[] }
}

/**
 * The month's cost summed day by day through asOf, then on at the comparison's projected rate:
 * (projected − month to date) spread evenly over the days left, which is the trailing-7-day rate
 * planVsActual projected with, so the line ends on its projected cost.
 */
export function cumulativeCost({
  rows,
  featureId,
  comparison,
  asOf,
}: PlanCostInput): CumulativeCost {
  const { month } = comparison
  const costByDay = new Map<string, number>()
  for (const row of rows) {
    if (featureId !== null && row.id !== featureId) continue
    if (!row.period.startsWith(month)) continue
    costByDay.set(row.period, (costByDay.get(row.period) ?? 0) + row.cost)
  }
  const days = Array.from(
    { length: daysInMonth(month) },
    (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`,
  )
  const counted = days.filter((day) => day <= asOf)
  const left = days.length - counted.length
  const rate = left === 0 ? 0 : (comparison.projected.cost - comparison.monthToDate.cost) / left
  const actual = { x: [] as string[], y: [] as number[] }
  let total = 0
  for (const day of counted) {
    total += costByDay.get(day) ?? 0
    actual.x.push(day)
    actual.y.push(total)
  }
  const projected = { x: [] as string[], y: [] as number[] }
  if (left > 0) {
    // Starts where the actual line ends, so the two join.
    projected.x.push(counted.at(-1) ?? days[0]!)
    projected.y.push(total)
    for (const day of days.slice(counted.length)) {
      total += rate
      projected.x.push(day)
      projected.y.push(total)
    }
  }
  return { actual, projected }
}

function costTrace(name: string, points: { x: string[]; y: number[] }, dash?: 'dash'): Trace {
  return {
    type: 'scatter',
    mode: points.x.length > 1 ? 'lines' : 'markers',
    name,
    x: points.x,
    y: points.y,
    line: { color: actualColor, width: 2.5, ...(dash && { dash }) },
    marker: { color: actualColor, size: 6 },
    text: points.x.map((day, index) => `${formatDay(day)}: ${formatMoney(points.y[index])}`),
    hovertemplate: `${name}<br>%{text}<extra></extra>`,
  }
}

/** The plan's cost for the month across the plot, named with its amount. */
function planLine(planned: number): Partial<Shape> {
  return {
    type: 'line',
    xref: 'paper',
    yref: 'y',
    x0: 0,
    x1: 1,
    y0: planned,
    y1: planned,
    line: { color: planColor, width: 2, dash: 'dash' },
    name: `Plan ${formatMoney(planned)}`,
    showlegend: true,
  }
}

/** Where the cost first passes the plan, marked on the line that passes it. */
function crossing(
  comparison: PlanVsActualMonth,
  { actual, projected }: CumulativeCost,
): Partial<Annotations>[] {
  if (comparison.crossingDay === null) return []
  const day = `${comparison.month}-${String(comparison.crossingDay).padStart(2, '0')}`
  const at = actual.x.indexOf(day)
  const y = at >= 0 ? actual.y[at] : projected.y[projected.x.indexOf(day)]
  return [
    {
      x: day,
      y,
      xref: 'x',
      yref: 'y',
      text: `Passes the plan on day ${comparison.crossingDay}`,
      showarrow: true,
      arrowhead: 0,
      arrowcolor: palette.muted,
      ax: -24,
      ay: -28,
      xanchor: 'right',
      font: { size: 11, color: palette.text },
    },
  ]
}

/**
 * The month's cumulative cost against the plan: actual through the last day of data, then
 * dashed at the trailing-7-day rate to the month's end; the plan's cost as a dashed level.
 */
export function buildPlanCostFigure(input: PlanCostInput): Figure {
  const { comparison } = input
  const cumulative = cumulativeCost(input)
  const top = Math.max(comparison.planned.cost, comparison.projected.cost, ...cumulative.actual.y)
  const month = comparison.month
  return {
    data: [
      costTrace('Actual', cumulative.actual),
      ...(cumulative.projected.x.length > 0
        ? [costTrace('Projected at the last 7 days’ rate', cumulative.projected, 'dash')]
        : []),
    ],
    layout: baseLayout({
      height: 300,
      margin: { t: 32 },
      xaxis: dayAxis({
        range: [`${month}-01`, `${month}-${String(daysInMonth(month)).padStart(2, '0')}`],
      }),
      yaxis: axis({ range: [0, Math.max(top, 1) * 1.12], tickformat: '$~s', zeroline: true }),
      shapes: [planLine(comparison.planned.cost)],
      annotations: crossing(comparison, cumulative),
    }),
  }
}
