/**
 * Runs one job in a fresh import worker. Cancel terminates the worker: whatever it was reading
 * stops at once, and nothing it read reaches the service.
 */
import type { JobResults, Progress, WorkerReply, WorkerRequest } from './workerProtocol'

export interface WorkerJob<T> {
  done: Promise<T>
  cancel(): void
}

/** Settled with this when the person cancelled: the dialog stops without an error. */
export class JobCancelled extends Error {
  override name = 'JobCancelled'
}

export function runWorkerJob<R extends WorkerRequest>(
  request: R,
  onProgress?: (progress: Progress) => void,
): WorkerJob<JobResults[R['job']]> {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
  let settle: { resolve(value: JobResults[R['job']]): void; reject(error: Error): void } | null =
    null
  const done = new Promise<JobResults[R['job']]>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = (outcome: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate()
    if (settle !== null) outcome(settle)
    settle = null
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data
    if (message.kind === 'progress') onProgress?.(message.progress)
    // The worker answers the job it was given: its value is that job's result.
    else if (message.kind === 'done')
      finish((s) => s.resolve(message.value as JobResults[R['job']]))
    else finish((s) => s.reject(new Error(message.message)))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    finish((s) =>
      s.reject(new Error(`The import stopped: ${event.message || 'the worker failed'}`)),
    )
  }
  worker.postMessage(request)
  return { done, cancel: () => finish((s) => s.reject(new JobCancelled('Cancelled'))) }
}
