/**
 * The board outputs show the range of outcomes when the exported scenario has ranges in force, and
 * the margin plan when the team keeps backlog items or a lever adds gross profit: the demo
 * workspace with a few ranges and a backlog, against the demo as shipped (no ranges, no backlog).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BacklogItem, Range, WorkspaceDoc } from '../../../shared/model/types'
import { buildBoardReport, type BoardReport } from '../../../shared/report/boardReport'
import { MARGIN_PLAN_ROWS } from '../../../shared/report/marginPlan'
import { marginPlanMessage } from '../../../shared/report/marginPlanTables'
import { rangeHeadline, runSettingsText } from '../../../shared/report/rangeOfOutcomesTables'
import { chromiumPdf } from '../../../electron/export/pdf/chromiumPdf'
import { escapeHtml } from '../../../electron/export/pdf/escape'
import { findChromium } from '../../../electron/export/pdf/findChromium'
import { reportHtml } from '../../../electron/export/pdf/reportHtml'
import { writeDeck } from '../../../electron/export/pptx'
import { bodyBottom } from '../../../electron/export/pptx/theme'
import { exampleDocument } from '../../fixtures/documents'
import { chartStrings, readDeck, slideText, slideTitle, type DeckParts } from './deckParts'
import { pageFigures, pageMarkup } from './reportPdfPage'

const EMU_PER_INCH = 914_400
const RANGE_TITLE = 'Range of outcomes'
const PLAN_TITLE = 'Margin plan'

const demo = exampleDocument('demo-workspace.json')

const RANGES: Range[] = [
  {
    path: 'features/support-agent/steps/resolve/callsPerUnit',
    low: 4,
    likely: 6,
    high: 10,
    shape: 'pert',
  },
  {
    path: 'features/support-agent/steps/resolve/inputTokens',
    low: 10_000,
    likely: 14_000,
    high: 22_000,
    shape: 'triangular',
  },
  {
    path: 'cohorts/heavy/usage/support-agent/unitsPerSeat',
    low: 100,
    likely: 140,
    high: 220,
    shape: 'lognormal',
  },
  {
    path: 'cohorts/smb/usage/reply-drafting/unitsPerSeat',
    low: 90,
    likely: 120,
    high: 180,
    shape: 'pert',
    group: 'drafting',
  },
  {
    path: 'cohorts/enterprise/usage/reply-drafting/unitsPerSeat',
    low: 110,
    likely: 150,
    high: 220,
    shape: 'pert',
    group: 'drafting',
  },
]

const BACKLOG: BacklogItem[] = [
  {
    id: 'route-loop',
    title: 'Route half of the agent loop to GPT-4o mini',
    status: 'planned',
    owner: 'Priya Shah',
    due: '2027-02-15',
    oneOffCost: 15_000,
    overrides: [
      { path: 'features/support-agent/steps/resolve/mix/claude-sonnet-4-5', op: 'set', value: 35 },
      { path: 'features/support-agent/steps/resolve/mix/gpt-4o-mini', op: 'set', value: 35 },
    ],
  },
]

const planned: WorkspaceDoc = { ...demo, ranges: RANGES, backlog: BACKLOG }

const reportOf = (doc: WorkspaceDoc): BoardReport =>
  buildBoardReport(doc, {
    scenarioId: null,
    compare: [null, ...doc.scenarios.map((scenario) => scenario.id)],
    month: 0,
    generatedOn: '2026-12-05',
  })

const report = reportOf(planned)
const plainReport = reportOf(demo)

const slideNamed = (deck: DeckParts, title: string) =>
  deck.slides.find((xml) => slideTitle(xml) === title) ?? ''

/** Rows of each table on a slide, header included. */
const tableRows = (xml: string): number => [...xml.matchAll(/<a:tr h="/g)].length

describe('the deck', () => {
  let deck: DeckParts
  let plainDeck: DeckParts
  const titles = () => deck.slides.map(slideTitle)

  beforeAll(async () => {
    deck = await readDeck(await writeDeck(report))
    plainDeck = await readDeck(await writeDeck(plainReport))
  })

  it('shows the range of outcomes after the forecast, the plan before the appendix', () => {
    expect(titles()[titles().indexOf(RANGE_TITLE) - 1]).toBe('Gross profit forecast')
    const plan = titles().indexOf(PLAN_TITLE)
    expect(plan).toBeGreaterThan(titles().indexOf(RANGE_TITLE))
    expect(titles()[plan + 1]).toBe('Appendix: assumptions')
  })

  it('states the headline, the figures beside the fan and how to reproduce the run', () => {
    const outcomes = report.rangeOfOutcomes!
    const text = slideText(slideNamed(deck, RANGE_TITLE))
    expect(text).toContain(rangeHeadline(outcomes))
    expect(text).toContain('Margin in Dec 2026')
    expect(text).toContain('Chance of ending below the 55% floor')
    expect(text).toContain('Biggest driver of the spread')
    expect(text).toContain('Support agent · Agent loop')
    expect(text).toContain(runSettingsText(outcomes, null, 0))
    expect(text).toContain('margin simulate <file> --seed 1')
  })

  it('draws the fan as a native chart: stacked bands, the median, the plan and the floor', () => {
    const fan = deck.charts.find((xml) => xml.includes('<c:areaChart>'))!
    expect(fan).toContain('<c:grouping val="stacked"/>')
    const strings = chartStrings(fan)
    for (const name of ['P5', 'P5–P25', 'P25–P75', 'P75–P95']) expect(strings).toContain(name)
    for (const name of ['Median (P50)', 'Plan', 'Floor 55%']) expect(strings).toContain(name)
    expect(deck.charts.length).toBe(plainDeck.charts.length + 1)
  })

  it('lists the kept item, then the best proposed levers, and notes the rest', () => {
    const plan = report.marginPlan!
    const xml = slideNamed(deck, PLAN_TITLE)
    const text = slideText(xml)
    expect(text).toContain(marginPlanMessage(plan))
    expect(text).toContain('Priya Shah')
    expect(text).toContain('Quality check')
    const shown = tableRows(xml) - 1
    expect(shown).toBe(MARGIN_PLAN_ROWS)
    for (const row of plan.rows) expect(text).toContain(row.title.slice(0, 30))
    expect(text).toContain(`${plan.leftOut} more levers not shown.`)
  })

  it('leaves out the rows a slide cannot hold, and counts them in the note', async () => {
    const wordy: BacklogItem[] = Array.from({ length: MARGIN_PLAN_ROWS }, (_, index) => ({
      ...BACKLOG[0]!,
      id: `wordy-${index}`,
      title: `${'A lever whose title runs on and on, as titles typed in a hurry do, '.repeat(3)}${index}`,
    }))
    const wordyReport = reportOf({ ...demo, backlog: wordy })
    const xml = slideNamed(await readDeck(await writeDeck(wordyReport)), PLAN_TITLE)
    const shown = tableRows(xml) - 1
    expect(shown).toBeLessThan(MARGIN_PLAN_ROWS)
    const leftOut = wordyReport.marginPlan!.leftOut + MARGIN_PLAN_ROWS - shown
    expect(slideText(xml)).toContain(`${leftOut} more levers not shown.`)
    const table = /<a:off x="\d+" y="(\d+)"\/>[\s\S]*?<a:tbl>([\s\S]*?)<\/a:tbl>/.exec(xml)!
    const rowsH = [...table[2]!.matchAll(/<a:tr h="(\d+)"/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    )
    expect((Number(table[1]) + rowsH) / EMU_PER_INCH).toBeLessThan(bodyBottom)
  })

  it('has no range of outcomes without ranges, and still the plan the workspace proposes', () => {
    const plainTitles = plainDeck.slides.map(slideTitle)
    expect(plainTitles).not.toContain(RANGE_TITLE)
    expect(plainTitles).toContain(PLAN_TITLE)
  })
})

describe('the report page', () => {
  const html = reportHtml(report)
  const markup = pageMarkup(html)
  const headings = [...markup.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1] ?? '')

  it('prints the range of outcomes after the forecast, the plan before the appendix', () => {
    const at = (title: string) => headings.indexOf(title)
    expect(at(RANGE_TITLE)).toBe(at('Forecast') + 1)
    expect(headings.slice(at(RANGE_TITLE), at(RANGE_TITLE) + 3)).toEqual([
      RANGE_TITLE,
      'What moves the margin',
      'Margin by feature, across the draws',
    ])
    expect(at(PLAN_TITLE)).toBeGreaterThan(at(RANGE_TITLE))
    expect(at('Appendix: assumptions')).toBe(at(PLAN_TITLE) + 1)
  })

  it('states the headline and the run, and draws the fan, the histogram and the drivers', () => {
    const outcomes = report.rangeOfOutcomes!
    expect(markup).toContain(escapeHtml(rangeHeadline(outcomes)))
    expect(markup).toContain(escapeHtml(runSettingsText(outcomes, null, 0)))
    const names = pageFigures(html).flatMap((figure) => figure.data.map((trace) => trace.name))
    expect(names).toContain('P5–P95 (90% of draws)')
    expect(names).toContain(`Below the 55% floor`)
    expect(names).toContain('Higher value lowers margin')
  })

  it('tables the levers with their status, owner and due date, and explains the marks', () => {
    const plan = report.marginPlan!
    expect(markup).toContain(escapeHtml(marginPlanMessage(plan)))
    for (const row of plan.rows) expect(markup).toContain(`<td>${escapeHtml(row.title)}</td>`)
    // Joined by no-break spaces, the short words beside a lever keep to one line.
    expect(markup).toContain('<td>Priya\u00a0Shah</td>')
    expect(markup).toContain('<td>Feb\u00a015,\u00a02027</td>')
    expect(markup).toContain('Quality check needed: moves calls to another model')
  })

  it('has no range of outcomes without ranges', () => {
    const plain = pageMarkup(reportHtml(plainReport))
    expect(plain).not.toContain(`<h2>${RANGE_TITLE}</h2>`)
    expect(plain).toContain(`<h2>${PLAN_TITLE}</h2>`)
  })
})

function hasChromium(): boolean {
  try {
    findChromium()
    return true
  } catch {
    return false
  }
}
const hasPdfTools = spawnSync('pdftotext', ['-v']).error === undefined

describe.runIf(hasChromium() && hasPdfTools)('the printed report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'amp-range-plan-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('starts the range of outcomes and the margin plan each on a page of its own', async () => {
    const file = join(dir, 'report.pdf')
    writeFileSync(file, await chromiumPdf(reportHtml(report)))
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f')
    for (const title of [RANGE_TITLE, 'What moves the margin', PLAN_TITLE]) {
      const page = pages.find((text) => text.includes(title)) ?? ''
      // Only the running header comes before the title.
      expect(page.slice(0, page.indexOf(title)).trim().split(/\n+/)).toHaveLength(2)
    }
    const range = pages.find((text) => text.includes(RANGE_TITLE)) ?? ''
    expect(range).toContain('margin simulate <file> --seed 1')
  }, 60_000)
})
