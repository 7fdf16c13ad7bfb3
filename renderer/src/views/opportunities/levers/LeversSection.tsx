import { useMemo, useState, type ReactNode } from 'react'
import type { LeverEvaluation } from '../../../../../shared/backlog'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import { effectiveRanges } from '../../../../../shared/simulation'
import { useViewDoc } from '../../../store/hooks'
import { keptLeverIds } from '../backlogEdits'
import { keepLever, makeScenarioFromLever } from '../commands'
import type { JobPlace } from '../jobs/protocol'
import { useJobAnswer } from '../jobs/useJobAnswer'
import { LeversBody } from './LeversBody'
import { LeverTable } from './LeverTable'
import { RiskControls } from './RiskControls'
import { riskColumn } from './riskColumn'
import { RISK_LEVERS, useRiskEstimate } from './useRiskEstimate'

interface LeversSectionProps {
  /** The whole document: what is kept shows from its backlog. */
  doc: WorkspaceDoc
  /** Where the levers are proposed and judged (the document without its backlog). */
  place: JobPlace
  /** The month choice, in the section's toolbar. */
  monthChoice: ReactNode
}

/** Rows shown at first, and added by each "Show more": the top of the ranking is what gets read. */
const PAGE = 15

function hasRanges({ doc, scenarioId }: JobPlace): boolean {
  return effectiveRanges(doc, scenarioId).length > 0
}

/** The top levers that can be simulated: the risk estimate's changes. */
const riskChanges = (evaluations: readonly LeverEvaluation[]) =>
  evaluations
    .filter((evaluation) => evaluation.error === undefined)
    .slice(0, RISK_LEVERS)
    .map(({ lever }) => ({ id: lever.id, overrides: lever.overrides }))

/** Proposed levers (§12), ranked by the gross profit they add over the next three months. */
export function LeversSection({ doc, place, monthChoice }: LeversSectionProps) {
  const request = useMemo(() => ({ job: 'levers', ...place }) as const, [place])
  const answer = useJobAnswer(request)
  const risk = useRiskEstimate(place)
  const viewDoc = useViewDoc()
  const [shown, setShown] = useState(PAGE)
  const ranged = useMemo(() => hasRanges(place), [place])
  const keptIds = useMemo(() => keptLeverIds(doc), [doc])
  const featureName = (id: string) => viewDoc?.features.find((f) => f.id === id)?.name ?? id
  const evaluations = answer.status === 'ready' ? answer.value : []
  const current = answer.status === 'ready' && answer.current
  return (
    <section className="panel opportunities-levers" aria-label="Proposed levers">
      <div className="grid-toolbar">
        <h3 className="grid-title">Proposed levers</h3>
        <span className="grid-hint">
          Changes the app finds in the workspace, ranked by the gross profit they add over three
          months against the active scenario.
        </span>
        {monthChoice}
        {ranged && (
          <RiskControls
            run={risk.run}
            canStart={current && evaluations.length > 0}
            onStart={() => risk.start(riskChanges(evaluations))}
            onCancel={risk.cancel}
          />
        )}
      </div>
      <LeversBody
        answer={answer}
        table={
          <LeverTable
            evaluations={evaluations.slice(0, shown)}
            keptIds={keptIds}
            featureName={featureName}
            risk={riskColumn(ranged, risk.run)}
            actionsEnabled={current}
            onKeep={({ lever }) => keepLever(lever)}
            onMakeScenario={({ lever }) => makeScenarioFromLever(lever)}
          />
        }
      />
      {evaluations.length > shown && (
        <button
          type="button"
          className="lever-more"
          onClick={() => setShown(shown + PAGE)}
          data-testid="lever-more"
        >
          Show {Math.min(PAGE, evaluations.length - shown)} more of {evaluations.length} levers
        </button>
      )}
    </section>
  )
}
