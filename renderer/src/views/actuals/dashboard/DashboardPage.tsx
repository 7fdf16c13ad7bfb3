import { useWorkspace } from '../../../store/workspaceStore'
import { ActualsKpis } from './ActualsKpis'
import { ActualsNotices } from './ActualsNotices'
import { ActualsPageFrame } from './ActualsPageFrame'
import { DashboardCharts } from './DashboardCharts'
import { DashboardTables } from './DashboardTables'

/** What happened over the window: totals, the playbook's four views and the tables. */
export function DashboardPage() {
  const doc = useWorkspace((state) => state.doc)
  if (doc === null) return null
  return (
    <ActualsPageFrame title="Actuals" testId="actuals-dashboard">
      {(overview) => (
        <>
          <ActualsKpis overview={overview} doc={doc} />
          <ActualsNotices overview={overview} doc={doc} />
          <DashboardCharts overview={overview} doc={doc} />
          <DashboardTables overview={overview} doc={doc} />
        </>
      )}
    </ActualsPageFrame>
  )
}
