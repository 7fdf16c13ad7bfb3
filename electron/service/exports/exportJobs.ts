import { randomUUID } from 'node:crypto'
import type { ExportJobStatus } from '../../../shared/api'
import type { WeeklyReview } from '../../../shared/actuals/weeklyReview'
import type { WorkspaceDoc } from '../../../shared/model/types'
import type { ExportRequest } from '../../../shared/report/exportRequest'
import type { ExportedFile, PdfRenderer } from '../../export/exportWorkspace'
import { todayIso } from '../../../shared/today'
import { WorkspaceError } from '../../db/workspaceError'
import type { Log } from '../log'
import { jobError } from './exportFailure'
import type { ExportRunner } from './exportRunner'

/** Ten minutes: long enough to answer a save dialog, short enough not to hoard files. */
const KEEP_FINISHED_MS = 10 * 60 * 1000

export interface ExportJobsOptions {
  runExport: ExportRunner
  renderPdf: PdfRenderer
  log: Log
  /** How long a finished job waits to be taken before it is dropped. */
  keepFinishedMs?: number
  now?: () => number
  /** 'YYYY-MM-DD' for the report's title. */
  today?: () => string
}

interface Job {
  status: ExportJobStatus
  controller: AbortController
  file: ExportedFile | null
  finishedAt: number | null
}

/**
 * The exports under way and finished. Each runs outside the service's request queue, so status
 * calls answer while a workbook is written; a finished job is dropped once its file is taken or
 * after `keepFinishedMs`, whichever comes first.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>()
  private readonly keepFinishedMs: number
  private readonly now: () => number
  private readonly today: () => string

  constructor(private readonly options: ExportJobsOptions) {
    this.keepFinishedMs = options.keepFinishedMs ?? KEEP_FINISHED_MS
    this.now = options.now ?? Date.now
    this.today = options.today ?? (() => todayIso())
  }

  /**
   * Starts an export of `doc` (checked by the caller) and returns its job id at once; the PDF and
   * the deck show `weeklyReview` when given.
   */
  start(doc: WorkspaceDoc, request: ExportRequest, weeklyReview?: WeeklyReview | null): string {
    this.dropExpired()
    const jobId = randomUUID()
    const job: Job = {
      status: { jobId, state: 'running', format: request.format, stage: 'Starting', fraction: 0 },
      controller: new AbortController(),
      file: null,
      finishedAt: null,
    }
    this.jobs.set(jobId, job)
    const signal = job.controller.signal
    this.options
      .runExport(
        { doc, request, today: this.today(), weeklyReview },
        {
          renderPdf: (html) => {
            this.progress(job, 'Printing the PDF', job.status.fraction)
            return this.options.renderPdf(html, signal)
          },
          onProgress: ({ stage, fraction }) => this.progress(job, stage, fraction),
          signal,
        },
      )
      .then(
        (file) => this.finish(job, { state: 'done', stage: 'Done', fraction: 1 }, file),
        (error: unknown) => {
          // After a cancel, the runner's rejection is the abort itself: nothing to report.
          if (job.status.state !== 'running') return
          this.finish(job, {
            state: 'failed',
            stage: 'Failed',
            error: jobError(error, request.format, this.options.log),
          })
        },
      )
    return jobId
  }

  status(jobId: string): ExportJobStatus {
    return { ...this.job(jobId).status }
  }

  /** Stops a running job (its worker is terminated at once); a finished one stays as it is. */
  cancel(jobId: string): ExportJobStatus {
    const job = this.job(jobId)
    this.stop(job)
    return { ...job.status }
  }

  /** The finished file; refused for a job that is running, failed or cancelled. */
  file(jobId: string): ExportedFile {
    const job = this.job(jobId)
    if (job.file === null) {
      throw new WorkspaceError(
        'bad-request',
        `The export is ${job.status.state}: there is no file to save`,
        [{ path: 'jobId', message: `export ${jobId} is ${job.status.state}` }],
      )
    }
    return job.file
  }

  /** Forgets a job whose file has been taken. */
  drop(jobId: string): void {
    this.jobs.delete(jobId)
  }

  /** Stops every running job: the service is closing. */
  cancelAll(): void {
    for (const job of this.jobs.values()) this.stop(job)
  }

  private stop(job: Job): void {
    if (job.status.state !== 'running') return
    this.finish(job, { state: 'cancelled', stage: 'Cancelled' })
    job.controller.abort(new Error('the export was cancelled'))
  }

  private job(jobId: string): Job {
    this.dropExpired()
    const job = this.jobs.get(jobId)
    if (job === undefined) {
      throw new WorkspaceError(
        'not-found',
        `No export ${jobId}: it was taken, cancelled or expired; export again`,
        [{ path: 'jobId', message: 'no such export' }],
      )
    }
    return job
  }

  private progress(job: Job, stage: string, fraction: number): void {
    if (job.status.state !== 'running') return
    job.status = { ...job.status, stage, fraction: Math.min(1, Math.max(0, fraction)) }
  }

  /** Only a running job finishes: a result arriving after a cancel is ignored. */
  private finish(job: Job, change: Partial<ExportJobStatus>, file?: ExportedFile): void {
    if (job.status.state !== 'running') return
    job.status = { ...job.status, ...change }
    if (file !== undefined) {
      job.file = file
      job.status.fileName = file.fileName
    }
    job.finishedAt = this.now()
  }

  private dropExpired(): void {
    const cutoff = this.now() - this.keepFinishedMs
    for (const [jobId, job] of this.jobs) {
      if (job.finishedAt !== null && job.finishedAt <= cutoff) this.jobs.delete(jobId)
    }
  }
}
