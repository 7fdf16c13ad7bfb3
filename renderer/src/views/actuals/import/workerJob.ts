/** Runs one job in a fresh import worker (see workers/workerJob.ts: cancel terminates it). */
import { runWorkerJob, type WorkerJob } from '../../../workers/workerJob'
import type { JobResults, Progress, WorkerRequest } from './workerProtocol'

export function runImportJob<R extends WorkerRequest>(
  request: R,
  onProgress?: (progress: Progress) => void,
): WorkerJob<JobResults[R['job']]> {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
  // The worker answers the job it was given: its value is that job's result.
  return runWorkerJob<Progress, JobResults[R['job']]>(worker, request, {
    onProgress,
    stopped: 'The import stopped',
  })
}
