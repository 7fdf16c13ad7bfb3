/** Slide 4: revenue, less each COGS layer, to gross profit. */
import { waterfallSteps, type WaterfallStep } from '../../../../shared/charts/waterfallFigure'
import type { BoardReport } from '../../../../shared/report/boardReport'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { chartOptions, largestAbs, moneyCode } from '../chartStyle'
import { addContentSlide, type Deck } from '../deck'
import { colors, frame } from '../theme'
import { stepSpans, waterfallSeries, type WaterfallSeries } from '../waterfallSeries'

const seriesColor: Record<WaterfallSeries['kind'], string> = {
  // pptxgenjs draws a 'transparent' series without fill: the grid shows through the base.
  base: 'transparent',
  total: colors.accent,
  cost: colors.cost,
}

function message(report: BoardReport, steps: readonly WaterfallStep[]): string {
  const { revenue, cogs } = report.result.portfolio
  if (revenue <= 0) return `No revenue this month; COGS is ${formatMoney(cogs)}.`
  const share = (value: number) => formatPct((Math.abs(value) / revenue) * 100)
  const largest = steps
    .filter((step) => step.measure === 'relative')
    .reduce<WaterfallStep | undefined>(
      (most, s) => (!most || s.value < most.value ? s : most),
      undefined,
    )
  const cogsShare = `COGS takes ${share(cogs)} of revenue`
  return largest
    ? `${cogsShare}; the largest layer is ${largest.label} at ${formatMoney(-largest.value)} (${share(largest.value)}).`
    : `${cogsShare}.`
}

export function addWaterfallSlide(deck: Deck): void {
  const { report } = deck
  const { revenue, grossProfit } = report.result.portfolio
  const steps = waterfallSteps({ revenue, grossProfit, layers: report.result.layers })
  const slide = addContentSlide(deck, 'From revenue to gross profit', message(report, steps))
  // Each column names its step and its amount: the base series' labels would mislead, so the
  // amounts sit in the category labels rather than in data labels.
  const labels = steps.map((step) => `${step.label}\n${formatMoney(step.value)}`)
  const series = waterfallSeries(steps)
  const spans = stepSpans(steps)
  slide.addChart(
    'bar',
    series.map((s) => ({ name: s.name, labels, values: s.values })),
    {
      ...chartOptions(
        { x: frame.x, y: frame.body.y, w: frame.width, h: frame.body.h - 0.2 },
        { value: 'Per month' },
      ),
      barDir: 'col',
      barGrouping: 'stacked',
      barGapWidthPct: 50,
      chartColors: series.map((s) => seriesColor[s.kind]),
      valAxisLabelFormatCode: moneyCode(largestAbs(spans.flatMap((s) => [s.low, s.high]))),
      showLegend: false,
    },
  )
}
