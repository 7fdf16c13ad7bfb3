import { describe, expect, it, vi } from 'vitest'
import type { ExportedFile } from '../../../electron/export/exportWorkspace'
import { ExportRequestError } from '../../../electron/export/checkExportRequest'
import { ExportJobs, type ExportJobsOptions } from '../../../electron/service/exports/exportJobs'
import type {
  ExportIo,
  ExportRunner,
  ExportTask,
} from '../../../electron/service/exports/exportRunner'
import type { ExportRequest } from '../../../shared/report/exportRequest'
import { exampleDocument } from '../../fixtures/documents'
import { fakePdf } from '../../fixtures/service'

const doc = exampleDocument('demo-workspace.json')
const request: ExportRequest = { format: 'xlsx', scenarioId: null, compare: [null], month: 0 }
const file: ExportedFile = {
  fileName: 'helpdesk.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  bytes: new Uint8Array([80, 75, 3, 4]),
}

interface Run {
  task: ExportTask
  io: ExportIo
  resolve(file: ExportedFile): void
  reject(error: unknown): void
}

/** A runner whose exports finish when the test says so. */
function controlledRunner() {
  const runs: Run[] = []
  const runner: ExportRunner = (task, io) =>
    new Promise((resolve, reject) => runs.push({ task, io, resolve, reject }))
  return { runner, runs }
}

function jobsWith(options: Partial<ExportJobsOptions> = {}) {
  const { runner, runs } = controlledRunner()
  const log = vi.fn()
  let clock = 1_000
  const jobs = new ExportJobs({
    runExport: runner,
    renderPdf: fakePdf,
    log,
    now: () => clock,
    today: () => '2026-03-14',
    ...options,
  })
  const run = (index = 0): Run => {
    const found = runs[index]
    if (!found) throw new Error(`no run ${index}`)
    return found
  }
  return { jobs, run, log, advance: (ms: number) => (clock += ms) }
}

/** Lets the runner's settled promise reach the registry. */
const settled = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('export jobs', () => {
  it('hands the runner the document, the request and the day, and reports its progress', () => {
    const { jobs, run } = jobsWith()
    const jobId = jobs.start(doc, request)
    expect(run().task).toEqual({ doc, request, today: '2026-03-14' })
    expect(jobs.status(jobId)).toEqual({
      jobId,
      state: 'running',
      format: 'xlsx',
      stage: 'Starting',
      fraction: 0,
    })
    run().io.onProgress({ stage: 'Writing the workbook', fraction: 0.4 })
    expect(jobs.status(jobId)).toMatchObject({ stage: 'Writing the workbook', fraction: 0.4 })
    run().io.onProgress({ stage: 'Writing the workbook', fraction: 1.7 })
    expect(jobs.status(jobId).fraction).toBe(1)
  })

  it('holds the finished file until it is taken, then forgets the job', async () => {
    const { jobs, run } = jobsWith()
    const jobId = jobs.start(doc, request)
    run().resolve(file)
    await settled()
    expect(jobs.status(jobId)).toMatchObject({
      state: 'done',
      stage: 'Done',
      fraction: 1,
      fileName: 'helpdesk.xlsx',
    })
    expect(jobs.file(jobId)).toBe(file)
    jobs.drop(jobId)
    expect(() => jobs.status(jobId)).toThrow(/No export/)
  })

  it('says why a job failed (never with its stack) and logs the error', async () => {
    const { jobs, run, log } = jobsWith()
    const jobId = jobs.start(doc, request)
    const error = new Error('the workbook writer ran out of rows')
    run().reject(error)
    await settled()
    expect(jobs.status(jobId)).toMatchObject({
      state: 'failed',
      error: {
        code: 'internal',
        message: 'Could not write the XLSX file: the workbook writer ran out of rows',
        problems: [],
      },
    })
    expect(log).toHaveBeenCalledWith('The xlsx export failed', error)
    expect(() => jobs.file(jobId)).toThrow('The export is failed: there is no file to save')
  })

  it('names the request field a failure is about', async () => {
    const { jobs, run } = jobsWith()
    const jobId = jobs.start(doc, request)
    run().reject(new ExportRequestError('month', '30 is past the forecast horizon'))
    await settled()
    expect(jobs.status(jobId).error).toEqual({
      code: 'bad-request',
      message: 'Cannot export: month: 30 is past the forecast horizon',
      problems: [{ path: 'month', message: '30 is past the forecast horizon' }],
    })
  })

  it('cancels a running job: its signal aborts, and a late result is ignored', async () => {
    const { jobs, run } = jobsWith()
    const jobId = jobs.start(doc, request)
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelled', stage: 'Cancelled' })
    expect(run().io.signal.aborted).toBe(true)
    run().resolve(file)
    await settled()
    expect(jobs.status(jobId).state).toBe('cancelled')
    expect(() => jobs.file(jobId)).toThrow('The export is cancelled')
  })

  it('does not report the abort a cancelled job ends with as a failure', async () => {
    const { jobs, run, log } = jobsWith()
    const jobId = jobs.start(doc, request)
    jobs.cancel(jobId)
    run().reject(run().io.signal.reason)
    await settled()
    expect(jobs.status(jobId).state).toBe('cancelled')
    expect(log).not.toHaveBeenCalled()
  })

  it('leaves a finished job as it is when cancelled', async () => {
    const { jobs, run } = jobsWith()
    const jobId = jobs.start(doc, request)
    run().resolve(file)
    await settled()
    expect(jobs.cancel(jobId).state).toBe('done')
    expect(jobs.file(jobId)).toBe(file)
  })

  it('prints a PDF with the injected renderer, passing the job’s signal', async () => {
    const renderPdf = vi.fn(fakePdf)
    const { jobs, run } = jobsWith({ renderPdf })
    const jobId = jobs.start(doc, { ...request, format: 'pdf' })
    run().io.onProgress({ stage: 'Computing the report', fraction: 0.2 })
    const bytes = await run().io.renderPdf('<html></html>')
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF/)
    expect(renderPdf).toHaveBeenCalledWith('<html></html>', run().io.signal)
    expect(jobs.status(jobId)).toMatchObject({ stage: 'Printing the PDF', fraction: 0.2 })
  })

  it('drops finished jobs after a while, whether or not they were taken; running ones stay', async () => {
    const { jobs, run, advance } = jobsWith({ keepFinishedMs: 60_000 })
    const finished = jobs.start(doc, request)
    const running = jobs.start(doc, request)
    run(0).resolve(file)
    await settled()
    advance(59_000)
    expect(jobs.status(finished).state).toBe('done')
    advance(1_000)
    expect(() => jobs.status(finished)).toThrow(/No export/)
    expect(jobs.status(running).state).toBe('running')
  })

  it('stops every running job when the service closes', () => {
    const { jobs, run } = jobsWith()
    const first = jobs.start(doc, request)
    const second = jobs.start(doc, request)
    jobs.cancelAll()
    expect([jobs.status(first).state, jobs.status(second).state]).toEqual([
      'cancelled',
      'cancelled',
    ])
    expect(run(0).io.signal.aborted && run(1).io.signal.aborted).toBe(true)
  })
})
