/**
 * Runs a simulation in a worker thread, so the main thread stays free to draw the progress line
 * and to answer Ctrl-C at once, even 100,000 draws into a large workspace.
 */
import { Worker } from 'node:worker_threads'
import type { SimulationResult } from '../../../shared/simulation'
import { CliError } from '../cliError'
import type { FromSimulationWorker, SimulationTask } from './protocol'

export interface FinishedRun {
  result: SimulationResult
  elapsedMs: number
}

/**
 * The worker thread: the bundle electron/build.mjs writes beside dist/cli/margin.mjs, or, when the
 * CLI runs from source under tsx (`npm run margin`), the TypeScript source. Node 20 does not apply
 * a worker's `--import tsx` to the worker's own entry, so that thread registers tsx itself first.
 */
function startWorker(task: SimulationTask): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./simulateWorker.mjs', import.meta.url), { workerData: task })
  }
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const source = JSON.stringify(new URL('./simulateWorker.ts', import.meta.url).href)
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${source}) })`
  return new Worker(bootstrap, { eval: true, workerData: task })
}

/**
 * The run's result, or null when Ctrl-C stopped it (the worker is terminated, whatever it is in the
 * middle of); rejects with a CliError (exit 2) when the engine refuses the document's ranges. `onProgress` hears how many draws are done.
 */
export function runInWorker(
  task: SimulationTask,
  onProgress: (done: number, total: number) => void,
): Promise<FinishedRun | null> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task)
    let settled = false
    const settle = (outcome: () => void): void => {
      if (settled) return
      settled = true
      process.off('SIGINT', onInterrupt)
      void worker.terminate()
      outcome()
    }
    const onInterrupt = (): void => settle(() => resolve(null))
    process.on('SIGINT', onInterrupt)

    worker.on('message', (message: FromSimulationWorker) => {
      if (message.type === 'progress') onProgress(message.progress.done, message.progress.total)
      else if (message.type === 'failed') settle(() => reject(new CliError([message.message])))
      else settle(() => resolve({ result: message.result, elapsedMs: message.elapsedMs }))
    })
    worker.on('error', (error) => settle(() => reject(error)))
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the simulation worker stopped early (exit code ${code})`))),
    )
  })
}
