import { useMemo } from 'react'
import type { Layers } from '../../../shared/engine/results'
import { ChartEmpty } from './ChartEmpty'
import { Plot } from './Plot'
import { buildWaterfallFigure } from '../../../shared/charts/waterfallFigure'

export interface MarginWaterfallProps {
  revenue: number
  layers: Layers
  grossProfit: number
  testId?: string
}

export function MarginWaterfall({
  revenue,
  layers,
  grossProfit,
  testId = 'chart-waterfall',
}: MarginWaterfallProps) {
  const figure = useMemo(
    () => buildWaterfallFigure({ revenue, layers, grossProfit }),
    [revenue, layers, grossProfit],
  )
  if (revenue === 0 && Object.values(layers).every((v) => v === 0)) {
    return <ChartEmpty testId={testId} message="No revenue or costs this month yet." />
  }
  return (
    <Plot
      figure={figure}
      testId={testId}
      ariaLabel="Margin waterfall: revenue less each cost layer, down to gross profit"
    />
  )
}
