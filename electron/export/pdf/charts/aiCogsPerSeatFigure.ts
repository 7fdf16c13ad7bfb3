/**
 * What each cohort's seat brings in and what its AI features cost, side by side: the PDF's view
 * of §5's per-seat fields. No screen draws this yet, so the builder lives with the report, in
 * the shared charts' look (theme, legend, label fonts) and as pure a function as theirs.
 */
import type { CohortResult } from '../../../../shared/engine/results'
import type { Figure, Trace } from '../../../../shared/charts/figure'
import {
  axis,
  baseLayout,
  escapeText,
  legendBelow,
  legendBelowPx,
  palette,
} from '../../../../shared/charts/theme'
import { formatCents, formatPct } from '../../../../shared/report/format'
import { wrapWords } from '../../../../shared/report/labels'

export interface AiCogsPerSeatInput {
  /** Cohorts with seats: the others have no per-seat figures. */
  cohorts: CohortResult[]
  names: Record<string, string>
}

const rowHeightPx = 52
const nameLineChars = 22

function barTrace(
  name: string,
  color: string,
  cohorts: CohortResult[],
  value: (cohort: CohortResult) => number | null,
  label: (cohort: CohortResult) => string,
): Trace {
  return {
    type: 'bar',
    orientation: 'h',
    name,
    x: cohorts.map((c) => value(c) ?? 0),
    y: cohorts.map((c) => c.id),
    marker: { color },
    text: cohorts.map(label),
    textposition: 'outside',
    cliponaxis: false,
    textfont: { color: palette.text, size: 11 },
    hovertemplate: `${name} %{text}<extra></extra>`,
  }
}

/** The AI share of revenue per seat, beside the AI COGS bar: "$2.40 (12.0% of revenue)". */
function aiCostLabel(cohort: CohortResult): string {
  const share =
    cohort.aiCogsPerSeat !== null && cohort.revenuePerSeat !== null && cohort.revenuePerSeat > 0
      ? ` (${formatPct((cohort.aiCogsPerSeat / cohort.revenuePerSeat) * 100)} of revenue)`
      : ''
  return `${formatCents(cohort.aiCogsPerSeat)}${share}`
}

export function buildAiCogsPerSeatFigure({ cohorts, names }: AiCogsPerSeatInput): Figure {
  const values = cohorts.flatMap((c) => [c.revenuePerSeat ?? 0, c.aiCogsPerSeat ?? 0])
  const low = Math.min(0, ...values)
  const high = Math.max(0, ...values)
  // Room past the longest bar for its label, which can be 25 characters long.
  const pad = Math.max(high - low, 1) * 0.35
  return {
    data: [
      barTrace(
        'Revenue per seat',
        palette.accentSoft,
        cohorts,
        (c) => c.revenuePerSeat,
        (c) => formatCents(c.revenuePerSeat),
      ),
      barTrace('AI COGS per seat', palette.cost, cohorts, (c) => c.aiCogsPerSeat, aiCostLabel),
    ],
    layout: baseLayout({
      height: Math.max(180, cohorts.length * rowHeightPx + 56 + legendBelowPx),
      barmode: 'group',
      bargap: 0.3,
      bargroupgap: 0.08,
      legend: legendBelow(),
      margin: { t: 8, b: 8 + legendBelowPx, r: 24 },
      xaxis: axis({
        range: [low < 0 ? low - pad : 0, high + pad],
        // Whole dollars with separators; cents only where a tick needs them (never SI's "m").
        tickformat: '$,~r',
        title: { text: 'Per seat per month' },
      }),
      yaxis: axis({
        type: 'category',
        autorange: 'reversed',
        tickmode: 'array',
        tickvals: cohorts.map((c) => c.id),
        ticktext: cohorts.map((c) =>
          wrapWords(names[c.id] ?? c.id, nameLineChars)
            .map(escapeText)
            .join('<br>'),
        ),
        tickfont: { color: palette.text, size: 12 },
        showgrid: false,
      }),
    }),
  }
}
