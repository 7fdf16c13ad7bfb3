import { useMemo } from 'react'
import type { CohortResult } from '../../../shared/engine/results'
import { ChartEmpty } from './ChartEmpty'
import { ChartNote } from './ChartNote'
import { buildCustomerScatterFigure } from '../../../shared/charts/customerScatterFigure'
import { Plot } from './Plot'

export interface CustomerScatterProps {
  cohorts: CohortResult[]
  /** Display names by cohort id. */
  names: Record<string, string>
  floorPct: number
  /** Revenue per customer splitting high from low; default halfway between the two halves. */
  revenueThreshold?: number
  testId?: string
}

export function CustomerScatter({
  cohorts,
  names,
  floorPct,
  revenueThreshold,
  testId = 'chart-customer-scatter',
}: CustomerScatterProps) {
  const figure = useMemo(
    () => buildCustomerScatterFigure({ cohorts, names, floorPct, revenueThreshold }),
    [cohorts, names, floorPct, revenueThreshold],
  )
  if (figure.data.length === 0) {
    return (
      <ChartEmpty testId={testId} message="No cohort with revenue yet: add customers to a plan." />
    )
  }
  return (
    <>
      <Plot
        figure={figure}
        testId={testId}
        ariaLabel="Cohorts by revenue per customer and gross margin; high revenue, low margin shaded"
      />
      {figure.unplotted.length > 0 && (
        <ChartNote>{`Not plotted (no revenue or customers): ${figure.unplotted.join(', ')}`}</ChartNote>
      )}
    </>
  )
}
