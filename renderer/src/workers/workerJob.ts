/**
 * One request run in a fresh worker, for every view that computes off the window's thread (the
 * usage import, the Monte Carlo run, the levers). Cancel terminates the worker: whatever it was
 * doing stops at once, and nothing it computed reaches the page.
 */

/** What a worker posts back: progress while it works, then its value or why it could not. */
export type WorkerReply<Progress, Value> =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'done'; value: Value }
  | { kind: 'failed'; message: string }

export interface WorkerJob<Value> {
  /** Settles once: the value, the worker's message as an Error, or JobCancelled. */
  done: Promise<Value>
  cancel(): void
}

/** Settled with this when the person cancelled: callers stop without an error. */
export class JobCancelled extends Error {
  override name = 'JobCancelled'
}

export const isCancelled = (error: unknown): boolean =>
  error instanceof Error && error.name === 'JobCancelled'

/**
 * Runs `request` in `worker`, which the caller creates: Vite bundles a worker only from a literal
 * `new Worker(new URL('./x.ts', import.meta.url))` where it is written. `stopped` prefixes what a
 * worker that dies without answering is reported as.
 */
export function runWorkerJob<Progress, Value>(
  worker: Worker,
  request: unknown,
  options: {
    onProgress?: (progress: Progress) => void
    transfer?: Transferable[]
    stopped?: string
  } = {},
): WorkerJob<Value> {
  let settle: { resolve(value: Value): void; reject(error: Error): void } | null = null
  const done = new Promise<Value>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = (outcome: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate()
    if (settle !== null) outcome(settle)
    settle = null
  }
  worker.onmessage = (event: MessageEvent<WorkerReply<Progress, Value>>) => {
    const message = event.data
    if (settle === null) return
    if (message.kind === 'progress') options.onProgress?.(message.progress)
    else if (message.kind === 'done') finish((s) => s.resolve(message.value))
    else finish((s) => s.reject(new Error(message.message)))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    const stopped = options.stopped ?? 'The calculation stopped'
    finish((s) => s.reject(new Error(`${stopped}: ${event.message || 'the worker failed'}`)))
  }
  worker.postMessage(request, { transfer: options.transfer ?? [] })
  return { done, cancel: () => finish((s) => s.reject(new JobCancelled('Cancelled'))) }
}
