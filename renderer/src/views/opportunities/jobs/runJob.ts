/**
 * Runs one job in a fresh Opportunities worker. Cancelling terminates the worker: whatever it was
 * computing stops at once, and none of its callbacks are called after that.
 */
import type { SimulationProgress } from '../../../../../shared/simulation'
import type { JobName, JobReply, JobRequest, JobResults } from './protocol'

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
  let live = true
  const stop = () => {
    live = false
    worker.terminate()
  }
  worker.onmessage = (event: MessageEvent<JobReply>) => {
    const message = event.data
    if (!live) return
    if (message.kind === 'progress') return callbacks.onProgress?.(message.progress)
    stop()
    // The worker answers the job it was given: its value is that job's result.
    if (message.kind === 'done') callbacks.onDone(message.value as JobResults[R['job']])
    else callbacks.onFailed(message.message)
  }
  worker.onerror = (event) => {
    event.preventDefault()
    if (!live) return
    stop()
    callbacks.onFailed(`The calculation stopped: ${event.message || 'the worker failed'}`)
  }
  worker.postMessage(request)
  return stop
}
