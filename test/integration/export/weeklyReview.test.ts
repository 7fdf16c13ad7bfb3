/**
 * The board outputs reuse the weekly review (issue #11) when the exported workspace file holds
 * imported actuals: the support-agent example with four generated weeks of Langfuse traces and the
 * Langfuse fixture (usage Nov 2–4, 2026) after them, so the review's week is Monday Oct 26 to Sunday
 * Nov 1, 2026 and its month November. Without a full week, or from a JSON document, nothing changes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Request } from '../../../shared/api'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { findChromium } from '../../../electron/export/pdf/findChromium'
import type { WorkspaceService } from '../../../electron/service'
import { langfuseLog } from '../../fixtures/actuals/langfuseLog'
import { repoPath } from '../../fixtures/paths'
import { call, fakePdf, startService } from '../../fixtures/service'
import { margin } from '../cli/runMargin'
import { readDeck, slideText, slideTitle } from './deckParts'

const supportAgentJson = '/work/shared/examples/support-agent.json'
const langfuseFixture = repoPath('test/fixtures/actuals/langfuse-observations.csv')
const TITLE = 'Weekly margin review'
const WEEK = 'Monday Oct 26, 2026 to Sunday Nov 1, 2026'

const hasPdfTools = spawnSync('pdftotext', ['-v']).error === undefined
function hasChromium(): boolean {
  try {
    findChromium()
    return true
  } catch {
    return false
  }
}

let dir: string
/** The fixture only: four days, no full week. */
let partialFile: string
/** Four generated weeks, then the fixture. */
let weeksFile: string

async function run(...args: string[]): Promise<void> {
  const result = await margin(...args)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
}

async function importActuals(file: string, csv: string): Promise<void> {
  await run('actuals', 'import', file, csv, '--format', 'langfuse')
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'amp-weekly-review-'))
  partialFile = join(dir, 'partial.marginplan')
  weeksFile = join(dir, 'weeks.marginplan')
  const doc = JSON.parse(readFileSync(supportAgentJson, 'utf8')) as WorkspaceDoc
  const weeksCsv = join(dir, 'weeks.csv')
  const log = langfuseLog(doc, { startDay: '2026-10-05', days: 28, tracesPerDay: 60 })
  writeFileSync(weeksCsv, `${[...log].join('\n')}\n`)
  await Promise.all([
    run('import', supportAgentJson, '--out', partialFile),
    run('import', supportAgentJson, '--out', weeksFile),
  ])
  await Promise.all([
    importActuals(partialFile, langfuseFixture),
    importActuals(weeksFile, weeksCsv),
  ])
  await importActuals(weeksFile, langfuseFixture)
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function exported(file: string, format: 'pptx' | 'pdf', ...flags: string[]) {
  const out = join(dir, `${format}-${Math.random().toString(36).slice(2)}.${format}`)
  await run('export', file, '--format', format, '--out', out, ...flags)
  return readFileSync(out)
}

async function deckTitles(bytes: Uint8Array): Promise<{ titles: string[]; texts: string[] }> {
  const { slides } = await readDeck(bytes)
  return { titles: slides.map(slideTitle), texts: slides.map(slideText) }
}

/** The text of the review's slides (the first and any continued), joined. */
function reviewText({ titles, texts }: { titles: string[]; texts: string[] }): string {
  return texts.filter((_, index) => titles[index]?.startsWith(TITLE)).join('\n')
}

describe('the deck of a workspace file with imported actuals', () => {
  it('shows the weekly review after the main content, before the appendix', async () => {
    const deck = await deckTitles(await exported(weeksFile, 'pptx'))
    const review = deck.titles.indexOf(TITLE)
    expect(review).toBeGreaterThan(0)
    expect(deck.titles[review - 1]).not.toMatch(/^Appendix/)
    expect(deck.titles.slice(review).find((title) => !title.startsWith(TITLE))).toBe(
      'Appendix: assumptions',
    )
    const text = reviewText(deck)
    expect(text).toContain(`${WEEK}, the last full week of data`)
    expect(text).toContain('revenue estimated from the plan')
    expect(text).toContain('Features by zone, with four weeks of cost')
    for (const week of ['Oct 5', 'Oct 12', 'Oct 19', 'Oct 26'])
      expect(text).toContain(`Cost, week of ${week}, 2026`)
    expect(text).toContain('Simple resolution')
    expect(text).toContain('Complex resolution')
    expect(text).toContain('Plan vs actual for Nov 2026, from the actuals to Nov 4, 2026')
    expect(text).toContain('All features')
    expect(text).toMatch(/At this rate the month costs \$[\d,]+/)
  })

  it('reviews the plan of the scenario exported', async () => {
    const baseline = reviewText(await deckTitles(await exported(weeksFile, 'pptx')))
    const routed = reviewText(
      await deckTitles(await exported(weeksFile, 'pptx', '--scenario', 'route-mini')),
    )
    expect(routed).toContain(WEEK)
    expect(routed).not.toBe(baseline)
  })

  it('has no review without a full week of data, nor from a JSON document', async () => {
    for (const file of [partialFile, supportAgentJson]) {
      const { titles } = await deckTitles(await exported(file, 'pptx'))
      expect(titles).toContain('Appendix: assumptions')
      expect(titles.some((title) => title.startsWith(TITLE))).toBe(false)
    }
  })
})

describe.runIf(hasChromium() && hasPdfTools)('the PDF report with imported actuals', () => {
  function pdfText(bytes: Uint8Array): string {
    const file = join(dir, `text-${Math.random().toString(36).slice(2)}.pdf`)
    writeFileSync(file, bytes)
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
  }

  it('prints the weekly review on its own page before the appendix', async () => {
    const pages = pdfText(await exported(weeksFile, 'pdf')).split('\f')
    const at = pages.findIndex((text) => text.includes(TITLE))
    expect(at).toBeGreaterThan(0)
    expect(pages.findIndex((text) => text.includes('Appendix: assumptions'))).toBeGreaterThan(at)
    const page = pages[at] ?? ''
    // A page of its own: only the running header comes before its title.
    expect(page.slice(0, page.indexOf(TITLE)).trim().split(/\n+/)).toHaveLength(2)
    expect(page).toContain(WEEK)
    expect(page).toContain('Open alerts')
    expect(page).toContain('Features by zone, with four weeks of cost')
    expect(page).toContain('Plan vs actual for Nov 2026')
  }, 60_000)

  it('has none from a JSON document', async () => {
    const text = pdfText(await exported(supportAgentJson, 'pdf'))
    expect(text).toContain('Appendix: assumptions')
    expect(text).not.toContain(TITLE)
  }, 60_000)
})

describe('an export started through the service', () => {
  let service: WorkspaceService
  let page = ''

  beforeAll(() => {
    service = startService({
      dataDir: join(dir, 'service-data'),
      initialFile: weeksFile,
      renderPdf: async (html) => {
        page = html
        return fakePdf(html)
      },
    }).service
  })

  async function exportedBytes(request: Omit<Request<'reports/start'>, 'revision'>) {
    const { revision } = await call(service, 'workspace/current', {})
    const { jobId } = await call(service, 'reports/start', { ...request, revision })
    for (;;) {
      const status = await call(service, 'reports/status', { jobId })
      if (status.state === 'done') break
      expect(status.state).toBe('running')
      await new Promise((resolve) => setImmediate(resolve))
    }
    return Buffer.from((await call(service, 'reports/download', { jobId })).base64, 'base64')
  }

  const request = { scenarioId: null, compare: [null], month: 0 }

  it('carries the open file’s review into the deck and the report page', async () => {
    const deck = await deckTitles(await exportedBytes({ ...request, format: 'pptx' }))
    expect(reviewText(deck)).toContain(WEEK)
    await exportedBytes({ ...request, format: 'pdf' })
    expect(page).toContain(TITLE)
    expect(page).toContain(WEEK)
  })
})
