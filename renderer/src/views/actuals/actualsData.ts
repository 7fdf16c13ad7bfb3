/**
 * The Actuals view's figures, shared by its tabs: fetched once per workspace revision, active
 * scenario and window, kept while the person moves between tabs, and fetched again on demand
 * after an import (refreshActuals), which changes the data but not the document's revision.
 */
import { useEffect } from 'react'
import { create } from 'zustand'
import { addDays } from '../../../../shared/actuals/days'
import type { ActualsOverview } from '../../../../shared/actuals/overview'
import type { ImportRecord } from '../../../../shared/actuals/types'
import { useWorkspace } from '../../store/workspaceStore'
import { api } from '../../transport/api'
import { describeError } from '../../transport/apiFailure'

/** What the window picker offers: recent weeks, everything imported, or two days of one's own. */
export type WindowChoice =
  | { kind: 'weeks'; weeks: 4 | 8 | 13 }
  | { kind: 'all' }
  | { kind: 'custom'; from: string; to: string }

export interface DaySpan {
  from: string
  to: string
}

export type ActualsData =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** Nothing imported yet. */
  | { status: 'empty' }
  /** `span`: the first and last imported day, the bounds of any window. */
  | { status: 'ready'; overview: ActualsOverview; span: DaySpan; refreshing: boolean }

interface ActualsDataState {
  choice: WindowChoice
  data: ActualsData
  /** What `data` was fetched for (or is being fetched for); a different key fetches again. */
  key: string | null
  /** Bumped by refreshActuals, so the same key fetches again. */
  version: number
  choose(choice: WindowChoice): void
}

const useActualsData = create<ActualsDataState>()((set) => ({
  choice: { kind: 'weeks', weeks: 8 },
  data: { status: 'loading' },
  key: null,
  version: 0,
  choose: (choice) => set({ choice }),
}))

/** Read the imports again and redraw the Actuals pages: call it after an import. */
export function refreshActuals(): void {
  useActualsData.setState((state) => ({ version: state.version + 1 }))
}

/** The window picker's choice and its setter. */
export function useWindowChoice(): [WindowChoice, (choice: WindowChoice) => void] {
  return [useActualsData((state) => state.choice), useActualsData((state) => state.choose)]
}

/** The days the usage imports cover (revenue files do not make a day of usage). */
export function usageSpan(imports: readonly ImportRecord[]): DaySpan | null {
  const usage = imports.filter((record) => record.source !== 'revenue')
  const firstDays = usage.flatMap((record) => record.firstDay ?? [])
  const lastDays = usage.flatMap((record) => record.lastDay ?? [])
  if (firstDays.length === 0 || lastDays.length === 0) return null
  return { from: firstDays.sort()[0]!, to: lastDays.sort().at(-1)! }
}

/** The days a choice covers within the imported span: recent weeks end on the last day of data. */
export function windowDays(choice: WindowChoice, span: DaySpan): DaySpan {
  switch (choice.kind) {
    case 'weeks': {
      const from = addDays(span.to, 1 - 7 * choice.weeks)
      return { from: from < span.from ? span.from : from, to: span.to }
    }
    case 'all':
      return span
    case 'custom':
      return { from: choice.from, to: choice.to }
  }
}

interface Request {
  choice: WindowChoice
  scenarioId: string | null
}

async function fetchData({ choice, scenarioId }: Request): Promise<ActualsData> {
  const span = usageSpan((await api.call('actuals/imports', {})).imports)
  if (span === null) return { status: 'empty' }
  const overview = await api.call('actuals/overview', { scenarioId, ...windowDays(choice, span) })
  if (overview === null) return { status: 'empty' }
  return { status: 'ready', overview, span, refreshing: false }
}

async function load(key: string, request: Request): Promise<void> {
  const { data, key: current } = useActualsData.getState()
  if (key === current) return
  // The figures on screen stay until the new ones arrive: a window change does not blank the page.
  useActualsData.setState({
    key,
    data: data.status === 'ready' ? { ...data, refreshing: true } : { status: 'loading' },
  })
  let next: ActualsData
  try {
    next = await fetchData(request)
  } catch (error) {
    next = { status: 'error', message: describeError(error) }
  }
  // A later request (another window, another edit) owns the store by now: drop this answer.
  if (useActualsData.getState().key === key) useActualsData.setState({ data: next })
}

/**
 * The overview for the open workspace, the active scenario and the chosen window, fetched again
 * when any of them changes or refreshActuals is called.
 */
export function useActualsOverview(): ActualsData {
  const path = useWorkspace((state) => state.path)
  const revision = useWorkspace((state) => state.revision)
  const scenarioId = useWorkspace((state) => state.activeScenarioId)
  const choice = useActualsData((state) => state.choice)
  const version = useActualsData((state) => state.version)
  const key = JSON.stringify([path, revision, scenarioId, choice, version])
  useEffect(() => {
    void load(key, { choice, scenarioId })
  }, [key, choice, scenarioId])
  return useActualsData((state) => state.data)
}
