import { useCallback, useEffect, useRef, useState } from 'react'
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import type { SimulationOptions, SimulationProgress } from '../../../../../shared/simulation'
import { startSimulation, type FinishedSimulation, type SimulationJob } from './simulationJob'

/** A finished run and what it was computed on: a later edit or scenario switch makes it stale. */
export interface CompletedRun extends FinishedSimulation {
  doc: WorkspaceDoc
  options: SimulationOptions
}

export interface SimulationRunState {
  /** The draws done so far while a run is under way; null otherwise. */
  progress: SimulationProgress | null
  /** The last run that finished; a cancelled or failed run leaves it as it was. */
  last: CompletedRun | null
  /** Why the last run stopped, in the engine's words; cleared by the next run. */
  error: string | null
}

const idle: SimulationRunState = { progress: null, last: null, error: null }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * One Monte Carlo run at a time, in a worker. Starting a run stops any run under way; leaving the
 * view stops it too, so a worker never outlives the screen that asked for it.
 */
export function useSimulationRun() {
  const [state, setState] = useState(idle)
  const current = useRef<SimulationJob | null>(null)

  useEffect(() => () => current.current?.cancel(), [])

  const run = useCallback((doc: WorkspaceDoc, options: SimulationOptions) => {
    current.current?.cancel()
    setState((before) => ({ ...before, progress: { done: 0, total: options.draws }, error: null }))
    const job = startSimulation({ doc, options }, (progress) =>
      setState((before) => (current.current === job ? { ...before, progress } : before)),
    )
    current.current = job
    const settle = (next: (before: SimulationRunState) => SimulationRunState) => {
      // A run replaced by a newer one says nothing: the newer one owns the state.
      if (current.current !== job) return
      current.current = null
      setState(next)
    }
    job.done.then(
      (finished) =>
        settle((before) => ({
          progress: null,
          error: null,
          last: finished === null ? before.last : { ...finished, doc, options },
        })),
      (error: unknown) =>
        settle((before) => ({ ...before, progress: null, error: messageOf(error) })),
    )
  }, [])

  const cancel = useCallback(() => current.current?.cancel(), [])

  return { ...state, run, cancel }
}
