import { useMemo } from 'react'
import { buildCohortTrendFigure } from '../../../../../shared/charts/actualsCohortTrendFigure'
import { buildDailyMarginFigure } from '../../../../../shared/charts/actualsDailyMarginFigure'
import { buildMonthlyFigure } from '../../../../../shared/charts/actualsMonthlyFigure'
import { buildUnitEconomicsFigure } from '../../../../../shared/charts/actualsUnitEconomicsFigure'
import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import {
  floorPctOf,
  portfolioFloorPctOf,
  yellowBandPtsOf,
} from '../../../../../shared/model/defaults'
import type { Feature, WorkspaceDoc } from '../../../../../shared/model/types'
import { namesById } from '../../../../../shared/report/names'
import { ChartCard } from '../../../charts/ChartCard'
import { ChartEmpty } from '../../../charts/ChartEmpty'
import { Plot } from '../../../charts/Plot'
import { FeaturePicker } from './FeaturePicker'
import { useShownFeatures } from './useShownFeatures'

interface DashboardChartsProps {
  overview: ActualsOverview
  doc: WorkspaceDoc
}

/** The three charts of one feature: (a) unit economics, (b) daily margin, (d) months. */
function FeatureCharts({ overview, feature }: { overview: ActualsOverview; feature: Feature }) {
  const { series } = overview
  const floorPct = floorPctOf(feature)
  const yellowBandPts = yellowBandPtsOf(feature)
  const unitEconomics = useMemo(
    () => buildUnitEconomicsFigure({ rows: series.unitEconomics, featureId: feature.id }),
    [series.unitEconomics, feature.id],
  )
  const dailyMargin = useMemo(
    () =>
      buildDailyMarginFigure({
        rows: series.dailyMargin,
        featureId: feature.id,
        floorPct,
        yellowBandPts,
      }),
    [series.dailyMargin, feature.id, floorPct, yellowBandPts],
  )
  const monthly = useMemo(
    () => buildMonthlyFigure({ rows: series.monthly, featureId: feature.id, floorPct }),
    [series.monthly, feature.id, floorPct],
  )
  return (
    <>
      <ChartCard
        title="Cost and revenue per unit"
        caption={`${feature.name}, day by day over the last 30 days of the window: the gap between the lines is the margin on each unit.`}
        testId="card-actuals-unit-economics"
      >
        <Plot
          figure={unitEconomics}
          ariaLabel={`${feature.name}: cost per unit and revenue per unit by day`}
          testId="chart-actuals-unit-economics"
        />
      </ChartCard>
      <ChartCard
        title="Daily margin"
        caption={`${feature.name}'s gross margin each day, coloured by zone against its floor; the bands are the zones.`}
        testId="card-actuals-daily-margin"
      >
        <Plot
          figure={dailyMargin}
          ariaLabel={`${feature.name}: gross margin by day against its floor`}
          testId="chart-actuals-daily-margin"
        />
      </ChartCard>
      <ChartCard
        title="Months: margin and volume"
        caption={`${feature.name}'s units per month (bars, right axis) and gross margin (line, left axis); a month the window cuts says how many of its days it holds.`}
        testId="card-actuals-monthly"
      >
        <Plot
          figure={monthly}
          ariaLabel={`${feature.name}: units and gross margin by month`}
          testId="chart-actuals-monthly"
        />
      </ChartCard>
    </>
  )
}

/** The playbook's four views of the window: one feature's three beside every cohort's trend. */
export function DashboardCharts({ overview, doc }: DashboardChartsProps) {
  const { features, feature, pick } = useShownFeatures(doc, overview.series.dailyMargin)
  const cohortNames = useMemo(() => namesById(doc.cohorts), [doc.cohorts])
  const floorPct = portfolioFloorPctOf(doc)
  const cohortTrend = useMemo(
    () =>
      buildCohortTrendFigure({ weeks: overview.series.cohortWeeks, names: cohortNames, floorPct }),
    [overview.series.cohortWeeks, cohortNames, floorPct],
  )
  return (
    <section className="actuals-charts" aria-label="Charts">
      <div className="actuals-section-bar">
        <h3 className="actuals-section-title">Trends</h3>
        {feature !== null && (
          <FeaturePicker
            features={features}
            value={feature.id}
            onChange={pick}
            testId="actuals-chart-feature"
          />
        )}
      </div>
      <div className="actuals-charts__grid">
        {feature === null ? (
          <ChartEmpty message="No feature has usage in this window." />
        ) : (
          <FeatureCharts overview={overview} feature={feature} />
        )}
        <ChartCard
          title="Cohorts week by week"
          caption="Each cohort's gross margin per week (dots) and its 4-week trailing average (line), against the portfolio floor."
          testId="card-actuals-cohorts"
        >
          {overview.series.cohortWeeks.length === 0 ? (
            <ChartEmpty message="No customer in this window belongs to a cohort: map customers to cohorts when importing." />
          ) : (
            <Plot
              figure={cohortTrend}
              ariaLabel="Gross margin by cohort and week, with 4-week trailing averages"
              testId="chart-actuals-cohorts"
            />
          )}
        </ChartCard>
      </div>
    </section>
  )
}
