import { useMemo } from 'react'
import type { PeriodRow } from '../../../../../shared/actuals/analysis/periodRows'
import type { PlanVsActualMonth } from '../../../../../shared/actuals/analysis/planVsActual'
import { buildPlanCostFigure } from '../../../../../shared/charts/actualsPlanCostFigure'
import { Plot } from '../../../charts/Plot'

interface PlanCostChartProps {
  rows: readonly PeriodRow[]
  /** Null: all features together. */
  featureId: string | null
  comparison: PlanVsActualMonth
  asOf: string
  name: string
}

/** The month's cumulative cost, actual then projected, against the plan's. */
export function PlanCostChart({ rows, featureId, comparison, asOf, name }: PlanCostChartProps) {
  const figure = useMemo(
    () => buildPlanCostFigure({ rows, featureId, comparison, asOf }),
    [rows, featureId, comparison, asOf],
  )
  return (
    <Plot
      figure={figure}
      ariaLabel={`${name}: cumulative cost this month, actual and projected, against the plan`}
      testId="chart-plan-cost"
    />
  )
}
