import { AgGridReact } from 'ag-grid-react'
import { useId, useMemo, useState } from 'react'
import type { Period, PeriodRow, RollupBy } from '../../../../../shared/actuals/analysis/periodRows'
import type { ActualsOverview } from '../../../../../shared/actuals/overview'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { namesById } from '../../../../../shared/report/names'
import { gridTheme } from '../../../grids/gridTheme'
import { periodColumns } from './periodColumns'

type Table = (overview: ActualsOverview) => PeriodRow[]

/**
 * Which rows answer each choice; customers come by week only (the service rolls no days). The
 * features' days are the daily-margin series itself: the overview carries them once.
 */
const tableOf: Record<RollupBy, Partial<Record<Period, Table>>> = {
  feature: { day: (o) => o.series.dailyMargin, week: (o) => o.tables.featureWeeks },
  customer: { week: (o) => o.tables.customerWeeks },
  cohort: { day: (o) => o.tables.cohortDays, week: (o) => o.tables.cohortWeeks },
}

const byChoices: { by: RollupBy; label: string }[] = [
  { by: 'feature', label: 'By feature' },
  { by: 'customer', label: 'By customer' },
  { by: 'cohort', label: 'By cohort' },
]

const periodChoices: { period: Period; label: string }[] = [
  { period: 'day', label: 'Daily' },
  { period: 'week', label: 'Weekly' },
]

const rowId = ({ data }: { data: PeriodRow }) => `${data.id}\n${data.period}`

const defaultColDef = { sortable: true, resizable: true, suppressMovable: true }

interface DashboardTablesProps {
  overview: ActualsOverview
  doc: WorkspaceDoc
}

/** The window's rows by feature, customer or cohort and by day or week, read-only. */
export function DashboardTables({ overview, doc }: DashboardTablesProps) {
  const [by, setBy] = useState<RollupBy>('feature')
  const [chosenPeriod, setPeriod] = useState<Period>('week')
  const period = tableOf[by][chosenPeriod] === undefined ? 'week' : chosenPeriod
  const rows = (tableOf[by][period] ?? tableOf.feature.week!)(overview)
  const names = useMemo(
    () => ({ ...namesById(doc.features), ...namesById(doc.cohorts) }),
    [doc.features, doc.cohorts],
  )
  const columns = useMemo(() => periodColumns(by, period, names), [by, period, names])
  const byName = useId()
  const periodName = useId()
  return (
    <section className="chart-card actuals-tables" aria-label="Tables" data-testid="actuals-tables">
      <div className="actuals-section-bar">
        <h3 className="actuals-section-title">Tables</h3>
        <div className="segmented" role="radiogroup" aria-label="Rows by">
          {byChoices.map((choice) => (
            <label key={choice.by} className="segmented__option">
              <input
                type="radio"
                name={byName}
                checked={by === choice.by}
                onChange={() => setBy(choice.by)}
                data-testid={`actuals-table-${choice.by}`}
              />
              {choice.label}
            </label>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label="Period">
          {periodChoices.map((choice) => {
            const offered = tableOf[by][choice.period] !== undefined
            return (
              <label
                key={choice.period}
                className="segmented__option"
                title={offered ? undefined : 'Customers are shown by week'}
              >
                <input
                  type="radio"
                  name={periodName}
                  checked={period === choice.period}
                  disabled={!offered}
                  onChange={() => setPeriod(choice.period)}
                  data-testid={`actuals-table-${choice.period}`}
                />
                {choice.label}
              </label>
            )
          })}
        </div>
        <span className="actuals-tables__count" data-testid="actuals-table-count">
          {rows.length.toLocaleString('en-US')} rows
        </span>
      </div>
      <div
        className="actuals-tables__grid"
        data-testid="actuals-table-grid"
        data-rows={rows.length}
      >
        <AgGridReact<PeriodRow>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columns}
          defaultColDef={defaultColDef}
          getRowId={rowId}
          tooltipShowDelay={300}
          suppressCellFocus
        />
      </div>
    </section>
  )
}
