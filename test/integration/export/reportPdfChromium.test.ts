import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, watch, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildBoardReport } from '../../../shared/report/boardReport'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { chromiumPdf } from '../../../electron/export/pdf/chromiumPdf'
import { findChromium } from '../../../electron/export/pdf/findChromium'
import { reportHtml } from '../../../electron/export/pdf/reportHtml'
import { exampleDocument } from '../../fixtures/documents'
import { useTempDirs } from '../../fixtures/tempDir'

function chromiumPath(): string | null {
  try {
    return findChromium()
  } catch {
    return null
  }
}

const hasPdfTools = spawnSync('pdfinfo', ['-v']).error === undefined

function reportPage(doc: WorkspaceDoc, compare: (string | null)[]): string {
  return reportHtml(
    buildBoardReport(doc, { scenarioId: null, compare, month: 0, generatedOn: '2026-05-04' }),
  )
}

/** The PDF's page count, from pdfinfo when installed, else from its page objects. */
function pageCount(pdf: Uint8Array, file: string): number {
  if (hasPdfTools) {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  }
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/g)?.length ?? 0
  )
}

const tempDirs = useTempDirs()
let tmpRoot = ''
const savedTmp = process.env.TMPDIR

// The renderer makes its folder in os.tmpdir(): a fresh one per test shows what it leaves behind.
beforeEach(() => {
  tmpRoot = tempDirs()
  process.env.TMPDIR = tmpRoot
})
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
})

describe.runIf(chromiumPath() !== null)('chromiumPdf with a headless Chromium', () => {
  it('prints the support-agent report as a multi-page Letter landscape PDF with its charts', async () => {
    const doc = exampleDocument('support-agent.json')
    const pdf = await chromiumPdf(reportPage(doc, [null, 'price-complex']))

    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(readdirSync(tmpRoot)).toEqual([])
    const file = `${tempDirs()}/report.pdf`
    writeFileSync(file, pdf)
    expect(pageCount(pdf, file)).toBeGreaterThan(1)
    if (hasPdfTools) {
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/792 x 612 pts/)
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      // Drawn by Plotly, so present only if the page printed after its charts were drawn.
      expect(text).toContain('Portfolio floor 55%')
      expect(text).toContain('Inference')
      expect(text).toMatch(/Page 1 of \d/)
    }
  })

  it.runIf(hasPdfTools)('prints a name typed as markup as the characters typed', async () => {
    const doc = structuredClone(exampleDocument('support-agent.json'))
    const feature = doc.features[0]
    if (!feature) throw new Error('support-agent.json has features')
    feature.name = '<script>alert(1)</script>'
    const file = `${tempDirs()}/report.pdf`
    const pdf = await chromiumPdf(reportPage(doc, [null]))
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('<script>alert(1)</script>')
  })

  it('rejects when aborted while Chromium runs, and leaves no process or file behind', async () => {
    const controller = new AbortController()
    // Abort once Chromium has started writing its profile into the print's folder.
    const watcher = watch(tmpRoot, { recursive: true }, (_event, name) => {
      if (String(name).includes('profile')) controller.abort()
    })
    try {
      const doc = exampleDocument('support-agent.json')
      await expect(chromiumPdf(reportPage(doc, [null]), controller.signal)).rejects.toMatchObject({
        name: 'AbortError',
      })
    } finally {
      watcher.close()
    }
    expect(controller.signal.aborted).toBe(true)
    expect(readdirSync(tmpRoot)).toEqual([])
    const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    expect(processes).not.toContain(tmpRoot)
  })

  it('times out with a clear error when the page never says it is ready', async () => {
    const neverReady = '<!doctype html><html><body><p>no charts, no signal</p></body></html>'
    await expect(chromiumPdf(neverReady, undefined, { timeoutMs: 2_000 })).rejects.toThrow(
      'Chromium did not print the report within 2 s.',
    )
    expect(readdirSync(tmpRoot)).toEqual([])
  })

  it('fails with the page’s own error when a chart cannot be drawn', async () => {
    const broken =
      '<!doctype html><html><body><script>document.body.dataset.error = "Plotly is not defined";' +
      'document.body.dataset.ready = "error"</script></body></html>'
    await expect(chromiumPdf(broken)).rejects.toThrow(
      /could not draw its charts: Plotly is not defined/,
    )
    expect(readdirSync(tmpRoot)).toEqual([])
  })
})

describe('chromiumPdf without a usable Chromium', () => {
  it('names the executable it could not start, and removes its folder', async () => {
    await expect(
      chromiumPdf('<p>x</p>', undefined, { executable: '/nonexistent/chromium' }),
    ).rejects.toThrow(/Chromium could not be started \(\/nonexistent\/chromium\)/)
    expect(readdirSync(tmpRoot)).toEqual([])
  })

  it('says what MARGIN_CHROMIUM points at when that is not an executable', () => {
    expect(() => findChromium({ MARGIN_CHROMIUM: '/nonexistent/chrome' })).toThrow(
      'MARGIN_CHROMIUM is set to /nonexistent/chrome, which is not an executable file.',
    )
  })

  it('rejects at once when already aborted', async () => {
    await expect(chromiumPdf('<p>x</p>', AbortSignal.abort())).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(readdirSync(tmpRoot)).toEqual([])
  })
})
