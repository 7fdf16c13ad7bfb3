import { useMemo } from 'react'
import { ChartEmpty } from './ChartEmpty'
import {
  buildForecastFigure,
  forecastIsEmpty,
  type ForecastSeries,
} from '../../../shared/charts/forecastFigure'
import { Plot } from './Plot'

export interface ForecastChartProps {
  /** One line per scenario. */
  series: ForecastSeries[]
  /** The portfolio floor, drawn dashed. */
  floorPct: number
  testId?: string
}

export function ForecastChart({ series, floorPct, testId = 'chart-forecast' }: ForecastChartProps) {
  const figure = useMemo(
    () => (forecastIsEmpty(series) ? null : buildForecastFigure({ series, floorPct })),
    [series, floorPct],
  )
  if (figure === null) {
    return (
      <ChartEmpty
        testId={testId}
        message="Nothing to forecast yet: add a plan and a cohort of customers to see margin and gross profit by month."
      />
    )
  }
  return (
    <Plot
      figure={figure}
      testId={testId}
      ariaLabel="Forecast of gross margin and gross profit by month, one line per scenario"
    />
  )
}
