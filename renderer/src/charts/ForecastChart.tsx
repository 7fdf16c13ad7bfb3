import { useMemo } from 'react'
import { ChartEmpty } from './ChartEmpty'
import { buildForecastFigure, type ForecastSeries } from '../../../shared/charts/forecastFigure'
import { Plot } from './Plot'

export interface ForecastChartProps {
  /** One line per scenario. */
  series: ForecastSeries[]
  /** The portfolio floor, drawn dashed. */
  floorPct: number
  testId?: string
}

export function ForecastChart({ series, floorPct, testId = 'chart-forecast' }: ForecastChartProps) {
  const figure = useMemo(() => buildForecastFigure({ series, floorPct }), [series, floorPct])
  if (series.every((s) => s.forecast.length === 0)) {
    return <ChartEmpty testId={testId} message="No forecast months to show." />
  }
  return (
    <Plot
      figure={figure}
      testId={testId}
      ariaLabel="Forecast of gross margin and gross profit by month, one line per scenario"
    />
  )
}
