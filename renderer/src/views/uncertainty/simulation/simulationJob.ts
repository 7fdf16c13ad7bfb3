/**
 * Runs one simulation in a fresh worker and times it. Cancel terminates the worker: whatever draw
 * it was on stops at once and nothing reaches the page.
 */
import type {
  SimulationProgress,
  SimulationResult,
  SimulationSamples,
} from '../../../../../shared/simulation'
import { isCancelled, runWorkerJob } from '../../../workers/workerJob'
import type { SimulationRequest } from './simulationProtocol'

/** The name of the run's span on the window's performance timeline. */
export const RUN_MEASURE = 'Monte Carlo run'

export interface FinishedSimulation {
  result: SimulationResult
  samples: SimulationSamples
  /** From handing the run to the worker to its answer: what the person waited. */
  wallMs: number
  drawsPerSecond: number
}

export interface SimulationJob {
  /** The finished run; null when it was cancelled. Rejects with the engine's words. */
  done: Promise<FinishedSimulation | null>
  cancel(): void
}

export function startSimulation(
  request: SimulationRequest,
  onProgress: (progress: SimulationProgress) => void,
): SimulationJob {
  const worker = new Worker(new URL('./simulationWorker.ts', import.meta.url), { type: 'module' })
  const started = performance.now()
  const job = runWorkerJob<
    SimulationProgress,
    { result: SimulationResult; samples: SimulationSamples }
  >(worker, request, { onProgress, stopped: 'The simulation worker failed to start' })
  const done = job.done.then(
    ({ result, samples }): FinishedSimulation => {
      // On the performance timeline too: a profile of the window shows where the run was.
      const wallMs = performance.measure(RUN_MEASURE, { start: started }).duration
      return { result, samples, wallMs, drawsPerSecond: result.draws / (wallMs / 1000) }
    },
    (error: Error) => (isCancelled(error) ? null : Promise.reject(error)),
  )
  return { done, cancel: job.cancel }
}
