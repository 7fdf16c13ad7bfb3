/**
 * Runs one simulation in a fresh worker and times it. Cancel terminates the worker: whatever draw
 * it was on stops at once and nothing reaches the page.
 */
import type {
  SimulationProgress,
  SimulationResult,
  SimulationSamples,
} from '../../../../../shared/simulation'
import type { SimulationReply, SimulationRequest } from './simulationProtocol'

/** The name of the run's span on the window's performance timeline. */
export const RUN_MEASURE = 'Monte Carlo run'

export interface FinishedSimulation {
  result: SimulationResult
  samples: SimulationSamples
  /** From handing the run to the worker to its answer: what the person waited. */
  wallMs: number
  drawsPerSecond: number
}

export interface SimulationJob {
  /** The finished run; null when it was cancelled. Rejects with the engine's words. */
  done: Promise<FinishedSimulation | null>
  cancel(): void
}

export function startSimulation(
  request: SimulationRequest,
  onProgress: (progress: SimulationProgress) => void,
): SimulationJob {
  const worker = new Worker(new URL('./simulationWorker.ts', import.meta.url), { type: 'module' })
  const started = performance.now()
  let settle: {
    resolve(value: FinishedSimulation | null): void
    reject(error: Error): void
  } | null = null
  const done = new Promise<FinishedSimulation | null>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const finish = (outcome: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate()
    if (settle !== null) outcome(settle)
    settle = null
  }
  worker.onmessage = (event: MessageEvent<SimulationReply>) => {
    const message = event.data
    if (message.kind === 'progress') {
      onProgress(message.progress)
    } else if (message.kind === 'done') {
      // On the performance timeline too: a profile of the window shows where the run was.
      const wallMs = performance.measure(RUN_MEASURE, { start: started }).duration
      const { result, samples } = message
      const drawsPerSecond = result.draws / (wallMs / 1000)
      finish((s) => s.resolve({ result, samples, wallMs, drawsPerSecond }))
    } else {
      finish((s) => s.reject(new Error(message.message)))
    }
  }
  worker.onerror = (event) => {
    event.preventDefault()
    finish((s) => s.reject(new Error(event.message || 'the simulation worker failed to start')))
  }
  worker.postMessage(request)
  return { done, cancel: () => finish((s) => s.resolve(null)) }
}
