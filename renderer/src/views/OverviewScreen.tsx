import { useMemo } from 'react'
import type { ForecastLine } from '../../../shared/report/boardReport'
import { scenarioName } from '../../../shared/report/scenarioNames'
import { EmptyState } from '../frame/EmptyState'
import { useNavigation } from '../frame/navigation'
import { scenarioView } from '../store/derived'
import { useWorkspace } from '../store/workspaceStore'
import { OverviewView } from './overview/OverviewView'
import { scenarioFloorCrossings } from './overview/scenarioCrossings'

/** The Overview fed from the store: the active scenario, plus the compared ones as forecast lines. */
export function OverviewScreen() {
  const doc = useWorkspace((state) => state.doc)
  const view = useWorkspace((state) => state.view)
  const activeId = useWorkspace((state) => state.activeScenarioId)
  const comparisonIds = useWorkspace((state) => state.comparisonIds)
  const go = useNavigation((state) => state.go)
  const select = useNavigation((state) => state.select)

  const forecasts = useMemo(() => {
    if (doc === null) return []
    const ids = [
      activeId,
      ...(activeId === null ? [] : [null]),
      ...comparisonIds.filter((id) => id !== activeId),
    ]
    return ids.flatMap((id): ForecastLine[] => {
      const rows = scenarioView(doc, id).result?.forecast
      return rows ? [{ scenario: { id, name: scenarioName(doc, id) }, rows }] : []
    })
  }, [doc, activeId, comparisonIds])

  const floorCrossings = useMemo(
    () =>
      doc === null || view?.result == null
        ? null
        : scenarioFloorCrossings(doc, activeId, view.result, view.viewDoc.horizonMonths),
    [doc, activeId, view],
  )

  if (doc === null || view === null) return null
  if (view.result === null) {
    return (
      <EmptyState title="This scenario cannot be evaluated" testId="overview-problems">
        <ul>
          {view.problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      </EmptyState>
    )
  }
  return (
    <OverviewView
      result={view.result}
      doc={view.viewDoc}
      forecasts={forecasts}
      scenarioId={activeId}
      scenarioName={scenarioName(doc, activeId)}
      floorCrossings={floorCrossings}
      onSelectFeature={(id) => {
        select('feature', id)
        go('features')
      }}
    />
  )
}
