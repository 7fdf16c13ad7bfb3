/**
 * Runs one job in a fresh Opportunities worker (see workers/workerJob.ts). Cancelling terminates
 * the worker: whatever it was computing stops at once, and no callback is called after that.
 */
import type { SimulationProgress } from '../../../../../shared/simulation'
import { isCancelled, runWorkerJob } from '../../../workers/workerJob'
import type { JobName, JobRequest, JobResults } from './protocol'

export interface JobCallbacks<J extends JobName> {
  onDone(value: JobResults[J]): void
  onFailed(message: string): void
  onProgress?(progress: SimulationProgress): void
}

/** Returns the job's cancel. */
export function runJob<R extends JobRequest>(
  request: R,
  callbacks: JobCallbacks<R['job']>,
): () => void {
  const worker = new Worker(new URL('./opportunitiesWorker.ts', import.meta.url), {
    type: 'module',
  })
  // The worker answers the job it was given: its value is that job's result.
  const job = runWorkerJob<SimulationProgress, JobResults[R['job']]>(worker, request, {
    onProgress: (progress) => callbacks.onProgress?.(progress),
  })
  let live = true
  job.done.then(
    (value) => live && callbacks.onDone(value),
    (error: Error) => live && !isCancelled(error) && callbacks.onFailed(error.message),
  )
  return () => {
    live = false
    job.cancel()
  }
}
