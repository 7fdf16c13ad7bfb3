/** One request in a fresh worker: its value, its failure, its progress, and a cancel that ends it. */
import { describe, expect, it } from 'vitest'
import {
  isCancelled,
  runWorkerJob,
  type WorkerReply,
} from '../../../renderer/src/workers/workerJob'

/** What runWorkerJob uses of a Worker, driven by the test. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  posted: unknown[] = []
  terminated = false
  postMessage(message: unknown) {
    this.posted.push(message)
  }
  terminate() {
    this.terminated = true
  }
  reply(message: WorkerReply<number, string>) {
    this.onmessage?.({ data: message } as MessageEvent)
  }
}

function start() {
  const worker = new FakeWorker()
  const progress: number[] = []
  const job = runWorkerJob<number, string>(
    worker as unknown as Worker,
    { ask: 1 },
    {
      onProgress: (done) => progress.push(done),
      stopped: 'The import stopped',
    },
  )
  return { worker, progress, job }
}

describe('a worker job', () => {
  it('posts the request, reports progress, answers the value and ends the worker', async () => {
    const { worker, progress, job } = start()
    expect(worker.posted).toEqual([{ ask: 1 }])
    worker.reply({ kind: 'progress', progress: 10 })
    worker.reply({ kind: 'progress', progress: 20 })
    expect(worker.terminated).toBe(false)
    worker.reply({ kind: 'done', value: 'answer' })
    await expect(job.done).resolves.toBe('answer')
    expect(progress).toEqual([10, 20])
    expect(worker.terminated).toBe(true)
  })

  it("rejects with the worker's words, or says it stopped when it dies", async () => {
    const failed = start()
    failed.worker.reply({ kind: 'failed', message: 'line 3: no day' })
    await expect(failed.job.done).rejects.toThrow('line 3: no day')
    const died = start()
    died.worker.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)
    await expect(died.job.done).rejects.toThrow('The import stopped: out of memory')
    expect(died.worker.terminated).toBe(true)
  })

  it('cancels: rejects as cancelled, ends the worker, and ignores what it posts after', async () => {
    const { worker, progress, job } = start()
    job.cancel()
    worker.reply({ kind: 'progress', progress: 5 })
    worker.reply({ kind: 'done', value: 'too late' })
    const error = await job.done.catch((reason: unknown) => reason)
    expect(isCancelled(error)).toBe(true)
    expect(worker.terminated).toBe(true)
    expect(progress).toEqual([])
  })
})
