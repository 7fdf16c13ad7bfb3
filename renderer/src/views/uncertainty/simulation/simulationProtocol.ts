/**
 * What the Uncertainty view asks its simulation worker and what the worker answers. A run has a
 * worker of its own, so cancelling it is terminating that worker.
 */
import type { WorkspaceDoc } from '../../../../../shared/model/types'
import type {
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  SimulationSamples,
} from '../../../../../shared/simulation'

export interface SimulationRequest {
  doc: WorkspaceDoc
  options: SimulationOptions
}

export type SimulationReply =
  | { kind: 'progress'; progress: SimulationProgress }
  | { kind: 'done'; result: SimulationResult; samples: SimulationSamples }
  /** The engine refused the run (a bad option, a range that does not apply): its words. */
  | { kind: 'failed'; message: string }
