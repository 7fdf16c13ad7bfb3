/**
 * What a chart is about, handed down to the Plot inside a card instead of threaded through every
 * chart component: the card's title (ChartCard provides it) and the subject, the scenario and
 * month (a screen provides it when it differs from the active scenario's first month).
 */
import { createContext, useCallback, useContext } from 'react'
import { useWorkspace } from '../store/workspaceStore'
import { scenarioSubject, type ChartSubject } from './chartImage'

export const ChartTitleContext = createContext<string | null>(null)

export const ChartSubjectContext = createContext<ChartSubject | null>(null)

/**
 * How to name the chart's subject when its image is saved: the provided subject, else the active
 * scenario in the first month (what most screens show). Read at the click, so a chart does not
 * re-render on every edit of the document for a name it may never need.
 */
export function useChartSubject(): () => ChartSubject | null {
  const provided = useContext(ChartSubjectContext)
  return useCallback(() => {
    if (provided !== null) return provided
    const { doc, activeScenarioId } = useWorkspace.getState()
    return doc === null ? null : scenarioSubject(doc, activeScenarioId, 0)
  }, [provided])
}
