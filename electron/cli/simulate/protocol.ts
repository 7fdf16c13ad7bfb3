/** What the `margin simulate` worker thread is given and what it posts back. */
import type { WorkspaceDoc } from '../../../shared/model/types'
import type {
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
} from '../../../shared/simulation'

export interface SimulationTask {
  doc: WorkspaceDoc
  options: SimulationOptions
}

export type FromSimulationWorker =
  | { type: 'progress'; progress: SimulationProgress }
  /** `elapsedMs`: the engine's own time, without the worker's start-up. */
  | { type: 'done'; result: SimulationResult; elapsedMs: number }
  /** The engine refused the run (a range it cannot draw): its words, for stderr. */
  | { type: 'failed'; message: string }
