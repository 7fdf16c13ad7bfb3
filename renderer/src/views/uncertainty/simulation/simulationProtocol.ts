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
import type { WorkerReply } from '../../../workers/workerJob'

export interface SimulationRequest {
  doc: WorkspaceDoc
  options: SimulationOptions
}

/** Failed: the engine refused the run (a bad option, a range that does not apply), in its words. */
export type SimulationReply = WorkerReply<
  SimulationProgress,
  { result: SimulationResult; samples: SimulationSamples }
>
