/**
 * The `margin simulate` worker thread's entry (bundled as dist/cli/simulateWorker.mjs): runs one
 * simulation from `workerData` and posts its progress and result, or the engine's refusal; Ctrl-C
 * terminates the thread, so nothing here watches for it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { simulate } from '../../../shared/simulation'
import type { FromSimulationWorker, SimulationTask } from './protocol'

if (parentPort === null) throw new Error('simulateWorker runs only as a worker thread')
const port = parentPort
const post = (message: FromSimulationWorker) => port.postMessage(message)

const { doc, options } = workerData as SimulationTask
const started = performance.now()
try {
  // The samples stay here: the command line prints no histogram.
  const { result } = simulate(doc, options, {
    onProgress: (progress) => post({ type: 'progress', progress }),
  })
  post({ type: 'done', result, elapsedMs: performance.now() - started })
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
}
