import { useMemo, useState } from 'react'
import type { WorkspaceDoc } from '../../../../shared/model/types'
import { MonthSelect, monthWithin } from '../../frame/MonthSelect'
import { useWorkspace } from '../../store/workspaceStore'
import { BacklogSection } from './backlog/BacklogSection'
import type { JobPlace } from './jobs/protocol'
import { usePlanningDoc } from './jobs/planningDoc'
import { LeversSection } from './levers/LeversSection'
import './opportunities.css'

/**
 * Opportunities (DESIGN.md §12): the levers the workspace suggests, ranked by dollars over the
 * next quarter from a chosen month, and the backlog of the ones the team keeps.
 */
export function OpportunitiesView() {
  const doc = useWorkspace((state) => state.doc)
  if (doc === null) return null
  return <Opportunities doc={doc} />
}

function Opportunities({ doc }: { doc: WorkspaceDoc }) {
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const [chosenMonth, setMonth] = useState(0)
  const month = monthWithin(chosenMonth, doc.horizonMonths)
  const planningDoc = usePlanningDoc(doc)
  const place: JobPlace = useMemo(
    () => ({ doc: planningDoc, scenarioId, month }),
    [planningDoc, scenarioId, month],
  )
  return (
    <div className="view-stack opportunities" data-testid="opportunities">
      <LeversSection
        doc={doc}
        place={place}
        monthChoice={
          <label className="inline-field">
            From
            <MonthSelect doc={doc} value={month} onMonth={setMonth} data-testid="levers-month" />
          </label>
        }
      />
      <BacklogSection doc={doc} scenarioId={scenarioId} month={month} />
    </div>
  )
}
