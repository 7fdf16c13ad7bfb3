import type { CohortWeek } from '../actuals/analysis/featureSeries'
import { formatMoney, formatPct } from '../report/format'
import { formatDay } from '../report/labels'
import { dayAxis, floorLine, marginAxis, marginRange, rowsOf } from './actualsFigure'
import type { Figure, Trace } from './figure'
import { baseLayout, escapeText, seriesColor, withAlpha } from './theme'

export interface CohortTrendInput {
  /** `series.cohortWeeks`: by cohort and ISO week, with the 4-week trailing figures. */
  weeks: readonly CohortWeek[]
  /** Display names by cohort id. */
  names: Record<string, string>
  /** Cohorts are zoned against the portfolio's floor. */
  floorPct: number
}

/** Cohort ids in the order the service sorted them (by id), each once. */
const cohortIds = (weeks: readonly CohortWeek[]): string[] => [
  ...new Set(weeks.map((week) => week.id)),
]

function hoverLine(week: CohortWeek): string {
  const { trailing } = week
  return [
    `Week of ${formatDay(week.period)}: ${formatPct(week.grossMarginPct)}`,
    `${trailing.weeks}-week average: ${formatPct(trailing.grossMarginPct)}`,
    `cost ${formatMoney(trailing.cost)}, revenue ${formatMoney(trailing.revenue)} a week`,
  ].join('<br>')
}

function cohortTraces(weeks: readonly CohortWeek[], id: string, index: number, name: string) {
  const color = seriesColor(index)
  const rows = rowsOf(weeks, id) as CohortWeek[]
  const x = rows.map((week) => week.period)
  const label = escapeText(name)
  const weekly: Trace = {
    type: 'scatter',
    mode: 'markers',
    name: `${name}: week`,
    legendgroup: id,
    showlegend: false,
    x,
    y: rows.map((week) => week.grossMarginPct),
    marker: { color: withAlpha(color, 0.45), size: 7 },
    hoverinfo: 'skip',
  }
  const trailing: Trace = {
    type: 'scatter',
    mode: rows.length > 1 ? 'lines' : 'markers',
    name,
    legendgroup: id,
    x,
    y: rows.map((week) => week.trailing.grossMarginPct),
    line: { color, width: 2.5 },
    marker: { color, size: 7 },
    text: rows.map(hoverLine),
    hovertemplate: `<b>${label}</b><br>%{text}<extra></extra>`,
  }
  return [weekly, trailing]
}

/**
 * (c) Each cohort's margin week by week: a faint dot per week and a line through the 4-week
 * trailing average, which smooths a noisy week away; the portfolio floor dashed.
 */
export function buildCohortTrendFigure({ weeks, names, floorPct }: CohortTrendInput): Figure {
  const ids = cohortIds(weeks)
  const margins = weeks.flatMap((week) => [week.grossMarginPct, week.trailing.grossMarginPct])
  return {
    data: ids.flatMap((id, index) => cohortTraces(weeks, id, index, names[id] ?? id)),
    layout: baseLayout({
      height: 280,
      margin: { t: 32 },
      xaxis: dayAxis({ hoverformat: 'Week of %b %-d' }),
      yaxis: marginAxis(marginRange(margins, floorPct)),
      shapes: [floorLine(floorPct, 'Portfolio floor')],
    }),
  }
}
