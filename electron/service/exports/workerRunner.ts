import { Worker } from 'node:worker_threads'
import type { ExportedFile } from '../../export/exportWorkspace'
import { describeFailure, ExportError } from './exportFailure'
import type { ExportRunner } from './exportRunner'
import type { FromWorker, ToWorker } from './workerProtocol'

/**
 * Runs each export in a worker thread started from `workerFile` (the bundled exportWorker), so a
 * 200-feature workbook never blocks the thread that answers the window. A cancel terminates the
 * thread, whatever it is in the middle of; PDF printing is done here, on the caller's side.
 */
export function workerRunner(workerFile: string): ExportRunner {
  return (task, io) =>
    new Promise<ExportedFile>((resolve, reject) => {
      io.signal.throwIfAborted()
      const worker = new Worker(workerFile, { workerData: task })
      let settled = false
      const settle = (outcome: () => void): void => {
        if (settled) return
        settled = true
        io.signal.removeEventListener('abort', onAbort)
        void worker.terminate()
        outcome()
      }
      const onAbort = (): void => settle(() => reject(io.signal.reason))
      io.signal.addEventListener('abort', onAbort, { once: true })
      const reply = (message: ToWorker): void => {
        if (!settled) worker.postMessage(message)
      }

      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'progress':
            io.onProgress(message.progress)
            return
          case 'render-pdf':
            io.renderPdf(message.html, io.signal).then(
              (bytes) => reply({ type: 'pdf', bytes }),
              (error: unknown) => reply({ type: 'pdf-failed', failure: describeFailure(error) }),
            )
            return
          case 'done':
            settle(() => resolve(message.file))
            return
          case 'failed':
            settle(() => reject(new ExportError(message.failure)))
        }
      })
      worker.on('error', (error) => settle(() => reject(error)))
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`the export worker stopped early (exit code ${code})`))),
      )
    })
}
