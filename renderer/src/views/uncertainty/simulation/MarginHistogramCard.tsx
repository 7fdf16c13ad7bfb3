import { useMemo } from 'react'
import { marginHistogramFigure } from '../../../../../shared/charts/marginHistogramFigure'
import { formatMonth } from '../../../../../shared/report/labels'
import type { SimulationResult, SimulationSamples } from '../../../../../shared/simulation'
import { ChartCard } from '../../../charts/ChartCard'
import { ChartEmpty } from '../../../charts/ChartEmpty'
import { PlotInTurn } from './PlotInTurn'

interface MarginHistogramCardProps {
  result: SimulationResult
  samples: SimulationSamples
  /** False until its turn to draw (see useChartsInTurn). */
  drawn: boolean
}

/** How the draws' portfolio margins fall around the floor at the run's month. */
export function MarginHistogramCard({ result, samples, drawn }: MarginHistogramCardProps) {
  const { portfolio } = result
  const margin = portfolio.grossMarginPct
  const figure = useMemo(
    () =>
      margin === null
        ? null
        : marginHistogramFigure(samples.portfolioMarginPct, {
            floorPct: portfolio.floorPct,
            deterministic: portfolio.deterministic.grossMarginPct,
            p5: margin.p5,
            p95: margin.p95,
          }),
    [samples, portfolio, margin],
  )
  return (
    <ChartCard
      title={`Portfolio margin over the draws, ${formatMonth(result.month)}`}
      caption="Each bar is a share of the draws: red below the floor, yellow within 5 pts of it, green above."
      testId="sim-card-histogram"
    >
      {figure === null ? (
        <ChartEmpty message="No draw had revenue, so there is no margin to show." />
      ) : (
        <PlotInTurn
          drawn={drawn}
          figure={figure}
          testId="sim-chart-histogram"
          ariaLabel="Histogram of portfolio gross margin over the draws, coloured by zone"
        />
      )}
    </ChartCard>
  )
}
