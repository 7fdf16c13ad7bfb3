import type { PeriodRow } from '../actuals/analysis/periodRows'
import { formatUnitMoney } from '../report/format'
import { formatDay } from '../report/labels'
import { dayAxis, isEstimated, rowsOf } from './actualsFigure'
import type { Figure, Trace } from './figure'
import { axis, baseLayout, palette } from './theme'

export interface UnitEconomicsInput {
  /** `series.unitEconomics`: by feature and day, the last 30 days of the window. */
  rows: readonly PeriodRow[]
  featureId: string
}

export const costPerUnitColor = palette.cost
export const revenuePerUnitColor = palette.accent

function line(
  rows: readonly PeriodRow[],
  name: string,
  color: string,
  valueOf: (row: PeriodRow) => number | null,
  dash?: 'dot',
): Trace {
  return {
    type: 'scatter',
    mode: rows.length > 1 ? 'lines+markers' : 'markers',
    name,
    x: rows.map((row) => row.period),
    y: rows.map(valueOf),
    line: { color, width: 2, ...(dash && { dash }) },
    marker: { color, size: 4 },
    text: rows.map((row) => `${formatDay(row.period)}: ${formatUnitMoney(valueOf(row))}`),
    hovertemplate: `${name}<br>%{text}<extra></extra>`,
  }
}

/**
 * (a) One feature's cost per unit beside its revenue per unit, day by day: the gap between the
 * lines is the margin per unit. Estimated revenue is dotted and named so.
 */
export function buildUnitEconomicsFigure({ rows, featureId }: UnitEconomicsInput): Figure {
  const days = rowsOf(rows, featureId)
  const estimated = isEstimated(days)
  return {
    data: [
      line(days, 'Cost per unit', costPerUnitColor, (row) => row.costPerUnit),
      line(
        days,
        estimated ? 'Revenue per unit (estimated)' : 'Revenue per unit',
        revenuePerUnitColor,
        (row) => row.revenuePerUnit,
        estimated ? 'dot' : undefined,
      ),
    ],
    layout: baseLayout({
      height: 280,
      margin: { t: 32 },
      xaxis: dayAxis(),
      yaxis: axis({ tickprefix: '$', rangemode: 'tozero' }),
    }),
  }
}
