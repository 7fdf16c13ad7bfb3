import { useMemo } from 'react'
import type { ComputeResult } from '../../../../shared/engine/results'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import type { ForecastLine } from '../../../../shared/report/boardReport'
import { reportFileStem } from '../../../../shared/report/fileNames'
import { forecastTable } from '../../../../shared/report/resultTables'
import { ChartCard } from '../../charts/ChartCard'
import { CustomerScatter } from '../../charts/CustomerScatter'
import { FeatureMarginChart } from '../../charts/FeatureMarginChart'
import { ForecastChart } from '../../charts/ForecastChart'
import { formatMonth } from '../../../../shared/report/labels'
import { MarginWaterfall } from '../../charts/MarginWaterfall'
import { namesById } from '../../../../shared/report/names'
import { TableActions } from '../../downloads/TableActions'
import { buildAttentionItems } from './attention'
import type { FloorCrossings } from './floorCrossings'
import { FloorCrossingsPanel } from './FloorCrossingsPanel'
import { NeedsAttention } from './NeedsAttention'
import { OverviewKpis } from './OverviewKpis'
import './overview.css'

export interface OverviewViewProps {
  result: ComputeResult
  doc: WorkspaceDoc
  /** One forecast per scenario drawn on the forecast chart, the active scenario's first. */
  forecasts: ForecastLine[]
  scenarioId: string | null
  scenarioName: string
  /** Features the active scenario takes below their floor; null for the baseline. */
  floorCrossings?: FloorCrossings | null
  onSelectFeature?: (id: string) => void
}

export function OverviewView({
  result,
  doc,
  forecasts,
  scenarioId,
  scenarioName,
  floorCrossings = null,
  onSelectFeature,
}: OverviewViewProps) {
  const featureNames = useMemo(() => namesById(doc.features), [doc.features])
  const cohortNames = useMemo(() => namesById(doc.cohorts), [doc.cohorts])
  const attention = useMemo(() => buildAttentionItems(result, doc), [result, doc])
  const forecastSeries = useMemo(
    () => forecasts.map((line) => ({ name: line.scenario.name, forecast: line.rows })),
    [forecasts],
  )
  const forecastRows = useMemo(() => forecastTable(forecasts), [forecasts])
  const { portfolio } = result
  return (
    <div className="overview" data-testid="overview">
      <header className="overview__header">
        <h2 className="overview__title">Overview</h2>
        <p className="overview__context">
          {scenarioName} · {formatMonth(result.month)}
        </p>
      </header>
      <OverviewKpis result={result} />
      {floorCrossings !== null && (
        <FloorCrossingsPanel
          crossings={floorCrossings}
          scenarioName={scenarioName}
          featureNames={featureNames}
          onSelectFeature={onSelectFeature}
        />
      )}
      <div className="overview__grid">
        <ChartCard
          title="Margin by feature"
          caption="Gross margin per feature, highest first; the black tick marks each feature's floor."
          testId="card-feature-margin"
        >
          <FeatureMarginChart
            features={result.features}
            names={featureNames}
            onSelectFeature={onSelectFeature}
          />
        </ChartCard>
        <ChartCard
          title="Needs attention"
          caption="Open margin alerts from actuals, features below or near their floor, and cohorts whose costs outrun their revenue."
          testId="card-attention"
        >
          <NeedsAttention
            items={attention}
            hasRevenue={portfolio.revenue > 0}
            onSelectFeature={onSelectFeature}
          />
        </ChartCard>
        <ChartCard
          title="Margin waterfall"
          caption="This month's revenue less each cost layer, down to gross profit."
          testId="card-waterfall"
        >
          <MarginWaterfall
            revenue={portfolio.revenue}
            layers={result.layers}
            grossProfit={portfolio.grossProfit}
          />
        </ChartCard>
        <ChartCard
          title="Customers"
          caption="Revenue per customer against margin, one bubble per cohort sized by customers."
          testId="card-customer-scatter"
        >
          <CustomerScatter
            cohorts={result.cohorts}
            names={cohortNames}
            floorPct={portfolio.floorPct}
          />
        </ChartCard>
        <ChartCard
          title="Forecast"
          caption={`Gross margin and gross profit over ${doc.horizonMonths} months, one line per scenario; dashed: the portfolio floor.`}
          testId="card-forecast"
          wide
          actions={
            <TableActions
              table={forecastRows}
              csvFileName={`${reportFileStem(doc, scenarioId, 0)}-forecast.csv`}
              testId="forecast-export"
            />
          }
        >
          <ForecastChart series={forecastSeries} floorPct={portfolio.floorPct} />
        </ChartCard>
      </div>
    </div>
  )
}
