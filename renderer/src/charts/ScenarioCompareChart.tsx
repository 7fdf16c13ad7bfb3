import { useMemo } from 'react'
import { ChartEmpty } from './ChartEmpty'
import { Plot } from './Plot'
import {
  buildScenarioCompareFigure,
  type ScenarioSummary,
} from '../../../shared/charts/scenarioCompareFigure'

export interface ScenarioCompareChartProps {
  scenarios: ScenarioSummary[]
  floorPct?: number
  testId?: string
}

export function ScenarioCompareChart({
  scenarios,
  floorPct,
  testId = 'chart-scenario-compare',
}: ScenarioCompareChartProps) {
  const figure = useMemo(
    () => buildScenarioCompareFigure({ scenarios, floorPct }),
    [scenarios, floorPct],
  )
  if (scenarios.length === 0) {
    return <ChartEmpty testId={testId} message="Pick scenarios to compare." />
  }
  return (
    <Plot
      figure={figure}
      testId={testId}
      ariaLabel="Portfolio gross margin and gross profit per scenario"
    />
  )
}
