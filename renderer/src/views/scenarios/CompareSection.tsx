import { useMemo } from 'react'
import { monthWithin } from '../../frame/MonthSelect'
import type { ScenarioSummary } from '../../../../shared/charts/scenarioCompareFigure'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import {
  comparisonTable,
  compareWithDeltas,
  type ComparedScenario,
  type DeltaBase,
} from '../../../../shared/report/comparison'
import type { ReportTable } from '../../../../shared/report/reportTable'
import { reportFileStem } from '../../../../shared/report/fileNames'
import { monthName } from '../../../../shared/report/labels'
import { ChartCard } from '../../charts/ChartCard'
import { ChartSubjectContext } from '../../charts/chartContext'
import { ScenarioCompareChart } from '../../charts/ScenarioCompareChart'
import { TableActions } from '../../downloads/TableActions'
import { useWorkspace } from '../../store/workspaceStore'
import { compareChartBars } from './compareChartBars'
import { CompareControls } from './CompareControls'
import { useCompareSettings } from './compareSettings'
import { CompareTable } from './CompareTable'

interface Comparison {
  compared: ComparedScenario[]
  /** What the screen shows and what Copy and Download hand over: the same words and numbers. */
  table: ReportTable
  /** The chart's bars, built once per comparison so the chart redraws only when it changes. */
  bars: ScenarioSummary[]
}

/** The baseline first, then the chosen scenarios; why not, when they cannot be evaluated. */
function compare(
  doc: WorkspaceDoc,
  ids: string[],
  month: number,
  base: DeltaBase,
): Comparison | string {
  try {
    const compared = compareWithDeltas(doc, [null, ...ids], month, base)
    return {
      compared,
      table: comparisonTable(doc.features, compared),
      bars: compareChartBars(compared),
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Baseline and chosen scenarios side by side at one month, as a table and a chart. */
export function CompareSection({ doc }: { doc: WorkspaceDoc }) {
  const comparisonIds = useWorkspace((state) => state.comparisonIds)
  const setComparisons = useWorkspace((state) => state.setComparisons)
  const activeId = useWorkspace((state) => state.activeScenarioId)
  const { month: chosenMonth, setMonth, base, setBase } = useCompareSettings()
  const month = monthWithin(chosenMonth, doc.horizonMonths)
  // A scenario deleted since it was chosen drops out instead of failing the whole comparison.
  const ids = useMemo(
    () => comparisonIds.filter((id) => doc.scenarios.some((scenario) => scenario.id === id)),
    [comparisonIds, doc.scenarios],
  )
  const comparison = useMemo(() => compare(doc, ids, month, base), [doc, ids, month, base])
  const monthText = monthName(doc, month)
  const fileStem = reportFileStem(doc, activeId, month)
  const against = base === 'parent' ? "each scenario's parent" : 'the baseline'
  const chartSubject = useMemo(
    () => ({ caption: `As of ${monthText} · Δ vs ${against}`, fileStem }),
    [monthText, against, fileStem],
  )

  function toggle(id: string, on: boolean) {
    setComparisons(on ? [...ids, id] : ids.filter((other) => other !== id))
  }

  return (
    <section className="panel compare" aria-label="Compare scenarios">
      <div className="grid-toolbar">
        <h3 className="grid-title">Compare</h3>
        <span className="grid-hint">
          Chosen scenarios also draw as lines on the Overview forecast.
        </span>
        <CompareControls doc={doc} month={month} onMonth={setMonth} base={base} onBase={setBase} />
        {typeof comparison !== 'string' && (
          <TableActions
            table={comparison.table}
            csvFileName={`${fileStem}-comparison.csv`}
            testId="compare-export"
          />
        )}
      </div>
      <div className="compare-choices" role="group" aria-label="Scenarios to compare">
        {doc.scenarios.length === 0 && (
          <span className="muted">Create a scenario to compare it with the baseline.</span>
        )}
        {doc.scenarios.map((scenario) => (
          <label key={scenario.id} className="checkbox">
            <input
              type="checkbox"
              checked={ids.includes(scenario.id)}
              onChange={(event) => toggle(scenario.id, event.target.checked)}
              data-testid={`compare-${scenario.id}`}
            />
            {scenario.name}
          </label>
        ))}
      </div>
      {typeof comparison === 'string' ? (
        <p className="hint-warning">These scenarios cannot be compared: {comparison}</p>
      ) : (
        <div className="compare-body">
          <div className="compare-table-scroll">
            <CompareTable
              table={comparison.table}
              featureRowStart={comparison.table.rows.length - doc.features.length}
              monthText={monthText}
            />
          </div>
          <ChartCard
            title="Scenario comparison"
            caption={`Gross margin and gross profit in ${monthText}; beside each bar its change vs ${against}.`}
            testId="card-scenario-compare"
          >
            <ChartSubjectContext value={chartSubject}>
              <ScenarioCompareChart
                scenarios={comparison.bars}
                floorPct={comparison.compared[0]?.result.portfolio.floorPct}
              />
            </ChartSubjectContext>
          </ChartCard>
        </div>
      )}
    </section>
  )
}
