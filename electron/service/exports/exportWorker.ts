/**
 * The export worker thread's entry (bundled as dist/electron/exportWorker.cjs and
 * dist/host/exportWorker.mjs): runs one export from `workerData` and posts its progress and file.
 * Cancelling terminates the thread, so nothing here needs to watch for it.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { describeFailure, ExportError } from './exportFailure'
import { inProcessRunner, type ExportTask } from './exportRunner'
import type { FromWorker, ToWorker } from './workerProtocol'

function post(port: MessagePort, message: FromWorker): void {
  port.postMessage(message)
}

/** Hands the page to the parent, which prints it, and waits for the bytes. */
function printInParent(port: MessagePort, html: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    port.once('message', (reply: ToWorker) => {
      if (reply.type === 'pdf') resolve(reply.bytes)
      else reject(new ExportError(reply.failure))
    })
    post(port, { type: 'render-pdf', html })
  })
}

function run(port: MessagePort, task: ExportTask): void {
  inProcessRunner(task, {
    renderPdf: (html) => printInParent(port, html),
    onProgress: (progress) => post(port, { type: 'progress', progress }),
    signal: new AbortController().signal,
  }).then(
    (file) => post(port, { type: 'done', file }),
    (error: unknown) => post(port, { type: 'failed', failure: describeFailure(error) }),
  )
}

if (parentPort === null) throw new Error('exportWorker runs only as a worker thread')
run(parentPort, workerData as ExportTask)
