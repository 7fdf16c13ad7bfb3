/**
 * What the Actuals page asks its import worker and what the worker answers. A job runs in a
 * worker of its own, so cancelling one is terminating that worker: nothing else is lost.
 */
import type {
  ImportCounts,
  RawRecord,
  Rejection,
  RevenueRow,
} from '../../../../../shared/actuals/types'
import type { ImportResult } from '../../../../../shared/actuals/usageImport'
import type { ActualsMapping, UsageFormat, WorkspaceDoc } from '../../../../../shared/model/types'
import type { FileKind } from './fileKind'

import type { WorkerReply } from '../../../workers/workerJob'

export type WorkerRequest =
  /** The first records of a file, to choose its format and preview the mapping. */
  | { job: 'sample'; file: File; kind: FileKind | null; format: UsageFormat | null }
  /** The whole file read into an import. */
  | {
      job: 'import'
      file: File
      kind: FileKind
      format: UsageFormat
      doc: WorkspaceDoc
      mapping: ActualsMapping | undefined
    }
  /** A revenue CSV read whole (revenue files are small: a row per customer and day). */
  | { job: 'revenue'; file: File }

export interface Sample {
  kind: FileKind
  /** What the file looks like; null when its shape says nothing (the person chooses). */
  detected: UsageFormat | null
  /** The format the records were read for: the one asked, else the detected or first one. */
  format: UsageFormat
  /** A CSV's header, for the generic CSV's column mapping; [] for JSON. */
  headers: string[]
  raws: RawRecord[]
  /** Why the file cannot be read as the chosen format (a JSON of another format). */
  refusal: string | null
}

export interface RevenueRead {
  rows: RevenueRow[]
  rejections: Rejection[]
  counts: ImportCounts
}

export interface JobResults {
  sample: Sample
  import: ImportResult
  revenue: RevenueRead
}

export interface Progress {
  bytes: number
  total: number
  /** Records read so far. */
  rows: number
}

/** `failed`: the file cannot be read at all, and nothing is imported. */
export type ImportReply = WorkerReply<Progress, JobResults[keyof JobResults]>
