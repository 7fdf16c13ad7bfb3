/**
 * The risk estimate (§11 × §12): on request, the active scenario and the top levers simulated in
 * the worker, with progress and cancel. A run belongs to the place it simulated: once the document,
 * the scenario or the month changes, a running estimate stops and a finished one is put away.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { OverrideChange } from '../../../../../shared/backlog'
import { DEFAULT_SEED, type SimulationProgress } from '../../../../../shared/simulation'
import type { JobPlace, RiskEstimate } from '../jobs/protocol'
import { runJob } from '../jobs/runJob'

/** Enough to tell 24% from 9% (a share's standard error is under 1.6 points at 1,000 draws). */
export const RISK_DRAWS = 1000
/** The levers estimated: each costs a full run, and the top of the ranking is what gets decided. */
export const RISK_LEVERS = 10

export type RiskRun =
  | { status: 'idle' }
  | { status: 'running'; place: JobPlace; progress: SimulationProgress | null }
  | { status: 'done'; place: JobPlace; estimate: RiskEstimate }
  | { status: 'failed'; place: JobPlace; message: string }

const IDLE: RiskRun = { status: 'idle' }

/** `place`: memoised; a new object is a new place. */
export function useRiskEstimate(place: JobPlace) {
  const [run, setRun] = useState<RiskRun>(IDLE)
  const cancelRun = useRef<(() => void) | null>(null)
  // Leaving the place (or the view) stops whatever is still simulating the old one.
  useEffect(() => () => cancelRun.current?.(), [place])

  const start = useCallback(
    (changes: OverrideChange[]) => {
      cancelRun.current?.()
      setRun({ status: 'running', place, progress: null })
      cancelRun.current = runJob(
        { job: 'risk', ...place, changes, draws: RISK_DRAWS, seed: DEFAULT_SEED },
        {
          onProgress: (progress) => setRun({ status: 'running', place, progress }),
          onDone: (estimate) => setRun({ status: 'done', place, estimate }),
          onFailed: (message) => setRun({ status: 'failed', place, message }),
        },
      )
    },
    [place],
  )
  const cancel = useCallback(() => {
    cancelRun.current?.()
    setRun(IDLE)
  }, [])
  return { run: run.status !== 'idle' && run.place === place ? run : IDLE, start, cancel }
}
