/**
 * What the Opportunities view asks its worker and what the worker answers. A job runs in a worker
 * of its own, so a job superseded by an edit, or cancelled, is simply terminated.
 */
import type { LeverEvaluation, OverrideChange } from '../../../../../shared/backlog'
import type { BacklogItem, WorkspaceDoc } from '../../../../../shared/model/types'
import type { SimulationProgress } from '../../../../../shared/simulation'
import type { WorkerReply } from '../../../workers/workerJob'

/** Where every job is judged: the active scenario (null: the baseline) from a month on. */
export interface JobPlace {
  doc: WorkspaceDoc
  scenarioId: string | null
  month: number
}

export type JobRequest =
  /** Candidate levers, evaluated and ranked. */
  | ({ job: 'levers' } & JobPlace)
  /** The backlog's items, evaluated as they were kept. */
  | ({ job: 'backlog' } & JobPlace)
  /** P(below floor) of the active scenario, and of it with each change applied. */
  | ({ job: 'risk'; changes: OverrideChange[]; draws: number; seed: number } & JobPlace)

export type JobName = JobRequest['job']

/** One change's P(below floor), or why its overrides could not be simulated. */
export type ChangeRisk = { id: string; probBelowFloor: number } | { id: string; error: string }

export interface RiskEstimate {
  /** The active scenario's own P(below floor) (0..1) at the month. */
  probBelowFloor: number
  changes: ChangeRisk[]
  draws: number
}

export interface JobResults {
  levers: LeverEvaluation[]
  backlog: LeverEvaluation<BacklogItem>[]
  risk: RiskEstimate
}

/**
 * Progress: simulation runs done of all the job's runs (risk only). Failed: the active scenario
 * itself cannot be evaluated (a broken chain, a bad month).
 */
export type JobReply = WorkerReply<SimulationProgress, JobResults[JobName]>
