import { useId, useMemo, useState } from 'react'
import { outcomeFanFigure, type FanMetric } from '../../../../../shared/charts/outcomeFanFigure'
import type { SimulationResult } from '../../../../../shared/simulation'
import { ChartCard } from '../../../charts/ChartCard'
import { ChartEmpty } from '../../../charts/ChartEmpty'
import { PlotInTurn } from './PlotInTurn'

const metricChoices: { metric: FanMetric; label: string }[] = [
  { metric: 'grossMarginPct', label: 'Margin' },
  { metric: 'grossProfit', label: 'Gross profit' },
]

function MetricSwitch({ metric, onMetric }: { metric: FanMetric; onMetric(m: FanMetric): void }) {
  const name = useId()
  return (
    <div className="segmented" role="radiogroup" aria-label="Fan of">
      {metricChoices.map((choice) => (
        <label key={choice.metric} className="segmented__option">
          <input
            type="radio"
            name={name}
            checked={metric === choice.metric}
            onChange={() => onMetric(choice.metric)}
            data-testid={`sim-fan-${choice.metric}`}
          />
          {choice.label}
        </label>
      ))}
    </div>
  )
}

/** The forecast as a fan of outcomes, margin or gross profit. */
export function OutcomeFanCard({ result, drawn }: { result: SimulationResult; drawn: boolean }) {
  const [metric, setMetric] = useState<FanMetric>('grossMarginPct')
  const figure = useMemo(
    () => outcomeFanFigure(result.forecast, { metric, floorPct: result.portfolio.floorPct }),
    [result, metric],
  )
  return (
    <ChartCard
      title="Forecast range"
      caption="Where 90% (light band) and half (dark band) of the draws land each month; dashed: the median draw, solid: the plan as it stands, no range drawn."
      testId="sim-card-fan"
      wide
      actions={<MetricSwitch metric={metric} onMetric={setMetric} />}
    >
      {result.forecast.length === 0 ? (
        <ChartEmpty message="This run has no forecast months." />
      ) : (
        <PlotInTurn
          drawn={drawn}
          figure={figure}
          testId="sim-chart-fan"
          ariaLabel={`Forecast of ${metric === 'grossMarginPct' ? 'gross margin' : 'gross profit'} as bands of outcomes by month`}
        />
      )}
    </ChartCard>
  )
}
