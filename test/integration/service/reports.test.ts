import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportJobStatus, Request } from '../../../shared/api'
import type { WorkspaceService } from '../../../electron/service'
import { call, callError, startService } from '../../fixtures/service'
import { useTempDirs } from '../../fixtures/tempDir'

const tempDir = useTempDirs()

const featuresCsv: Request<'reports/start'> = {
  format: 'csv',
  csvTable: 'features',
  scenarioId: null,
  compare: [null],
  month: 0,
  revision: 0,
}

/** Asks for the job's status until it stops running (each ask lets the export move on). */
async function finished(service: WorkspaceService, jobId: string): Promise<ExportJobStatus> {
  for (;;) {
    const status = await call(service, 'reports/status', { jobId })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setImmediate(resolve))
  }
}

async function exportedCsv(service: WorkspaceService, request = featuresCsv) {
  const { jobId } = await call(service, 'reports/start', request)
  const status = await finished(service, jobId)
  return { jobId, status }
}

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8')

describe('reports/start checks the request at the boundary', () => {
  it('names each bad field of the payload', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const error = await callError(service, 'reports/start', {
      ...featuresCsv,
      format: 'docx',
      month: -1,
      revision: undefined,
    })
    expect(error.code).toBe('bad-request')
    expect(error.problems.map((problem) => problem.path)).toEqual(['format', 'month', 'revision'])
  })

  it('names scenarioId or the compared entry the workspace does not have', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const unknown = await callError(service, 'reports/start', {
      ...featuresCsv,
      scenarioId: 'no-such-plan',
    })
    expect(unknown.code).toBe('bad-request')
    expect(unknown.problems).toEqual([
      { path: 'scenarioId', message: expect.stringContaining("no scenario 'no-such-plan'") },
    ])
    const compared = await callError(service, 'reports/start', {
      ...featuresCsv,
      compare: [null, 'gone'],
    })
    expect(compared.problems[0]?.path).toBe('compare[1]')
    const late = await callError(service, 'reports/start', { ...featuresCsv, month: 24 })
    expect(late.problems[0]?.path).toBe('month')
  })

  it('refuses a revision other than the saved one, so pending edits are never left out', async () => {
    const { service } = startService({ dataDir: tempDir() })
    await call(service, 'edits/apply', {
      revision: 0,
      label: 'Rename',
      edits: [{ op: 'set', path: 'features/support-agent/name', value: 'Agent desk' }],
    })
    expect((await callError(service, 'reports/start', featuresCsv)).code).toBe('conflict')

    const { jobId, status } = await exportedCsv(service, { ...featuresCsv, revision: 1 })
    expect(status.state).toBe('done')
    const csv = decode((await call(service, 'reports/download', { jobId })).base64)
    expect(csv).toContain('Agent desk')
  })
})

describe('a CSV export from start to download', () => {
  it('runs as a job and downloads once, with the name and type of its file', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const { jobId, status } = await exportedCsv(service)
    expect(status).toMatchObject({
      state: 'done',
      format: 'csv',
      fraction: 1,
      fileName: 'helpdesk-ai-suite-baseline-2026-12-features.csv',
    })
    const file = await call(service, 'reports/download', { jobId })
    expect(file.mimeType).toBe('text/csv')
    expect(file.fileName).toBe(status.fileName)
    for (const name of ['Support agent', 'Knowledge search (RAG)', 'Analytics Q&A']) {
      expect(decode(file.base64)).toContain(name)
    }
    // Taken: the bytes are no longer held.
    expect((await callError(service, 'reports/download', { jobId })).code).toBe('not-found')
  })

  it('answers an unknown job with not-found naming jobId', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const error = await callError(service, 'reports/status', { jobId: 'nope' })
    expect(error).toMatchObject({ code: 'not-found', problems: [{ path: 'jobId' }] })
  })
})

describe('reports/save writes the file whole or not at all', () => {
  it('writes the export atomically, replacing a file there, leaving nothing else', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const folder = tempDir()
    const target = join(folder, 'features.csv')
    writeFileSync(target, 'an older export')
    const { jobId } = await exportedCsv(service)
    expect(await call(service, 'reports/save', { jobId, path: target })).toEqual({ path: target })
    expect(readFileSync(target, 'utf8')).toContain('Support agent')
    expect(readdirSync(folder)).toEqual(['features.csv'])
    expect((await callError(service, 'reports/status', { jobId })).code).toBe('not-found')
  })

  it('refuses to write a failed export and leaves no file', async () => {
    const { service } = startService({
      dataDir: tempDir(),
      runExport: () => Promise.reject(new Error('the deck writer crashed')),
    })
    const folder = tempDir()
    const { jobId, status } = await exportedCsv(service, { ...featuresCsv, format: 'pptx' })
    expect(status.error?.message).toBe('Could not write the PPTX file: the deck writer crashed')
    const error = await callError(service, 'reports/save', {
      jobId,
      path: join(folder, 'deck.pptx'),
    })
    expect(error).toMatchObject({ code: 'bad-request', problems: [{ path: 'jobId' }] })
    expect(readdirSync(folder)).toEqual([])
  })

  it('leaves no partial file when the write fails, and keeps the job to save elsewhere', async () => {
    const { service } = startService({ dataDir: tempDir() })
    const folder = tempDir()
    // A folder where the file should go: the rename cannot replace it.
    mkdirSync(join(folder, 'features.csv'))
    const { jobId } = await exportedCsv(service)
    const error = await callError(service, 'reports/save', {
      jobId,
      path: join(folder, 'features.csv'),
    })
    expect(error.code).toBe('io')
    expect(readdirSync(folder)).toEqual(['features.csv'])
    const elsewhere = join(tempDir(), 'features.csv')
    await call(service, 'reports/save', { jobId, path: elsewhere })
    expect(existsSync(elsewhere)).toBe(true)
  })
})
