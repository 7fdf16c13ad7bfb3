/**
 * The export worker thread as the apps run it: the worker entry bundled by esbuild (as
 * electron/build.mjs does), started by workerRunner, with printing answered on this side.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ExportProgress } from '../../../electron/export/exportWorkspace'
import type { ExportIo, ExportTask } from '../../../electron/service/exports/exportRunner'
import { workerRunner } from '../../../electron/service/exports/workerRunner'
import type { ExportRequest } from '../../../shared/report/exportRequest'
import { exampleDocument } from '../../fixtures/documents'
import { repoPath } from '../../fixtures/paths'
import { fakePdf } from '../../fixtures/service'

// Inside the repository, so the bundle resolves what it leaves to node_modules (Plotly's
// script for the PDF page), as dist/electron and dist/host do.
const cacheDir = repoPath('node_modules/.cache')
mkdirSync(cacheDir, { recursive: true })
const bundleDir = mkdtempSync(join(cacheDir, 'amp-export-worker-'))
const workerFile = join(bundleDir, 'exportWorker.cjs')

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }))

beforeAll(async () => {
  await build({
    entryPoints: [repoPath('electron/service/exports/exportWorker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  })
})

const doc = exampleDocument('demo-workspace.json')
const csv: ExportRequest = {
  format: 'csv',
  csvTable: 'features',
  scenarioId: null,
  compare: [null],
  month: 0,
}
const task = (request: ExportRequest): ExportTask => ({ doc, request, today: '2026-03-14' })

function io(overrides: Partial<ExportIo> = {}) {
  const progress: ExportProgress[] = []
  const controller = new AbortController()
  return {
    progress,
    controller,
    io: {
      renderPdf: fakePdf,
      onProgress: (step: ExportProgress) => progress.push(step),
      signal: controller.signal,
      ...overrides,
    },
  }
}

describe('exports in a worker thread', () => {
  it('writes the file in the worker and reports its progress', async () => {
    const run = io()
    const file = await workerRunner(workerFile)(task(csv), run.io)
    expect(file.fileName).toBe('helpdesk-ai-suite-baseline-2026-12-features.csv')
    expect(new TextDecoder().decode(file.bytes)).toContain('Knowledge search (RAG)')
    expect(run.progress.at(-1)).toEqual({ stage: 'Done', fraction: 1 })
  })

  it('builds the PDF page in the worker and prints it on the calling side', async () => {
    const renderPdf = vi.fn(fakePdf)
    const run = io({ renderPdf })
    const file = await workerRunner(workerFile)(task({ ...csv, format: 'pdf' }), run.io)
    const [html, signal] = renderPdf.mock.calls[0] ?? []
    expect(html).toContain('Helpdesk AI suite')
    expect(signal).toBe(run.io.signal)
    expect(new TextDecoder().decode(file.bytes)).toBe(
      `%PDF-1.7 fake, ${html?.length} characters of HTML`,
    )
  })

  it('passes a printing failure back through the worker', async () => {
    const run = io({ renderPdf: () => Promise.reject(new Error('Chromium is not installed')) })
    await expect(workerRunner(workerFile)(task({ ...csv, format: 'pdf' }), run.io)).rejects.toThrow(
      'Chromium is not installed',
    )
  })

  it('keeps the request field a worker-side error names', async () => {
    const run = io()
    await expect(
      workerRunner(workerFile)(task({ ...csv, month: 99 }), run.io),
    ).rejects.toMatchObject({ field: 'month' })
  })

  it('stops at once when cancelled, whatever the worker is waiting for', async () => {
    let printingStarted = () => {}
    const printing = new Promise<void>((resolve) => (printingStarted = resolve))
    const run = io({
      renderPdf: () => {
        printingStarted()
        return new Promise<never>(() => {})
      },
    })
    const result = workerRunner(workerFile)(task({ ...csv, format: 'pdf' }), run.io)
    await printing
    run.controller.abort(new Error('the export was cancelled'))
    await expect(result).rejects.toThrow('the export was cancelled')
  })
})
