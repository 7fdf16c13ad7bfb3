/**
 * What a chart is about, handed down to the Plot inside a card instead of threaded through every
 * chart component: the card's title (ChartCard provides it) and the subject, the scenario and
 * month (a screen provides it when it differs from the active scenario's first month).
 */
import { createContext, useContext, useMemo } from 'react'
import { useWorkspace } from '../store/workspaceStore'
import { scenarioSubject, type ChartSubject } from './chartImage'

export const ChartTitleContext = createContext<string | null>(null)

export const ChartSubjectContext = createContext<ChartSubject | null>(null)

/** The provided subject, else the active scenario in the first month (what most screens show). */
export function useChartSubject(): ChartSubject | null {
  const provided = useContext(ChartSubjectContext)
  const doc = useWorkspace((state) => state.doc)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  return useMemo(
    () => provided ?? (doc === null ? null : scenarioSubject(doc, scenarioId, 0)),
    [provided, doc, scenarioId],
  )
}
