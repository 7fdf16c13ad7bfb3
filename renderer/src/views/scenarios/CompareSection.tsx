import { useMemo, type ReactNode } from 'react'
import { compareScenarios, type ScenarioComparison } from '../../../../shared/engine/compare'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { ScenarioCompareChart } from '../../charts/ScenarioCompareChart'
import { ZoneBadge } from '../../charts/ZoneBadge'
import { formatMoney, formatPct } from '../../../../shared/report/format'
import { useWorkspace } from '../../store/workspaceStore'

type ColumnResult = ScenarioComparison['columns'][number]['result']

interface CompareRow {
  label: string
  /** The cell of one scenario; `baseline` is absent for the baseline's own column. */
  cell(result: ColumnResult, baseline?: ColumnResult): ReactNode
}

/** A figure with its difference from the baseline, in dollars or percentage points. */
function figureRow(
  label: string,
  value: (result: ColumnResult) => number | null,
  kind: 'money' | 'percent',
): CompareRow {
  const format = kind === 'money' ? formatMoney : (v: number | null) => formatPct(v)
  return {
    label,
    cell(result, baseline) {
      const shown = value(result)
      const base = baseline === undefined ? null : value(baseline)
      const delta = shown === null || base === null ? 0 : shown - base
      const sign = delta > 0 ? '+' : '−'
      const size = Math.abs(delta)
      const text = kind === 'money' ? formatMoney(size) : `${size.toFixed(1)} pts`
      return (
        <>
          {format(shown)}
          {size > 1e-9 && <span className="delta">{`${sign}${text}`}</span>}
        </>
      )
    },
  }
}

const portfolioRows: CompareRow[] = [
  figureRow('Revenue / month', (r) => r.portfolio.revenue, 'money'),
  figureRow('COGS / month', (r) => r.portfolio.cogs, 'money'),
  figureRow('Gross profit / month', (r) => r.portfolio.grossProfit, 'money'),
  figureRow('Gross margin', (r) => r.portfolio.grossMarginPct, 'percent'),
  { label: 'Zone', cell: (r) => <ZoneBadge zone={r.portfolio.zone} /> },
  figureRow('AI COGS, % of revenue', (r) => r.portfolio.aiCogsPctOfRevenue, 'percent'),
]

function compare(doc: WorkspaceDoc, ids: string[]): ScenarioComparison | string {
  try {
    return compareScenarios(doc, [null, ...ids], 0)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/** Baseline and chosen scenarios side by side, as a table and a chart. */
export function CompareSection({ doc }: { doc: WorkspaceDoc }) {
  const comparisonIds = useWorkspace((state) => state.comparisonIds)
  const setComparisons = useWorkspace((state) => state.setComparisons)
  const comparison = useMemo(() => compare(doc, comparisonIds), [doc, comparisonIds])
  const featureRows = useMemo(
    () =>
      doc.features.map((feature) =>
        figureRow(
          feature.name,
          (r) => r.features.find((f) => f.id === feature.id)?.grossMarginPct ?? null,
          'percent',
        ),
      ),
    [doc.features],
  )

  function toggle(id: string, on: boolean) {
    setComparisons(on ? [...comparisonIds, id] : comparisonIds.filter((other) => other !== id))
  }

  return (
    <section className="panel compare" aria-label="Compare scenarios">
      <div className="grid-toolbar">
        <h3 className="grid-title">Compare</h3>
        <span className="grid-hint">
          Month 0, baseline first. Chosen scenarios also draw as lines on the Overview forecast.
        </span>
      </div>
      <div className="compare-choices" role="group" aria-label="Scenarios to compare">
        {doc.scenarios.length === 0 && (
          <span className="muted">Create a scenario to compare it with the baseline.</span>
        )}
        {doc.scenarios.map((scenario) => (
          <label key={scenario.id} className="checkbox">
            <input
              type="checkbox"
              checked={comparisonIds.includes(scenario.id)}
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
              comparison={comparison}
              sections={[
                ['Portfolio', portfolioRows],
                ['Gross margin by feature', featureRows],
              ]}
            />
          </div>
          <div className="compare-chart">
            <ScenarioCompareChart
              scenarios={comparison.columns.map((column) => ({
                name: column.name,
                marginPct: column.result.portfolio.grossMarginPct,
                grossProfit: column.result.portfolio.grossProfit,
                zone: column.result.portfolio.zone,
              }))}
              floorPct={comparison.columns[0]?.result.portfolio.floorPct}
            />
          </div>
        </div>
      )}
    </section>
  )
}

interface CompareTableProps {
  comparison: ScenarioComparison
  sections: [string, CompareRow[]][]
}

function CompareTable({ comparison, sections }: CompareTableProps) {
  const baseline = comparison.columns[0]?.result
  const columnKey = (id: string | null) => id ?? 'baseline'
  return (
    <table className="data-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col" />
          {comparison.columns.map((column) => (
            <th key={columnKey(column.scenarioId)} scope="col" className="num">
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sections.flatMap(([title, rows]) => [
          <tr key={title} className="table-section">
            <th colSpan={comparison.columns.length + 1} scope="colgroup">
              {title}
            </th>
          </tr>,
          ...rows.map((row) => (
            <tr key={`${title}:${row.label}`}>
              <th scope="row">{row.label}</th>
              {comparison.columns.map((column, index) => (
                <td key={columnKey(column.scenarioId)} className="num">
                  {row.cell(column.result, index === 0 ? undefined : baseline)}
                </td>
              ))}
            </tr>
          )),
        ])}
      </tbody>
    </table>
  )
}
