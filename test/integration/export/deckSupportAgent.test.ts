/**
 * The support-agent deck against the worked example's known answers (test/fixtures/examples
 * README): simple 77.5%, complex 10.0%, portfolio 64.0%, complex breakeven at its floor $4.00,
 * price-complex portfolio 72.3077%. Expected text is derived from those figures or from the engine,
 * never from the writer's output.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine/compute'
import { formatMoney, formatPct } from '../../../shared/report/format'
import { exampleDocument } from '../../fixtures/documents'
import { chartStrings, deckOf, slideText, slideTitle, type DeckParts } from './deckParts'

const doc = exampleDocument('support-agent.json')
let deck: DeckParts

beforeAll(async () => {
  deck = await deckOf(doc, { scenarioId: null, compare: [null, 'price-complex'], month: 0 })
})

function slideTitled(title: string): string {
  const slide = deck.slides.find((xml) => slideTitle(xml) === title)
  if (!slide)
    throw new Error(`No slide titled ${title}: ${deck.slides.map(slideTitle).join(' | ')}`)
  return slideText(slide)
}

/** The value a chart holds for one category, from its cached points. */
function chartValue(chart: string, series: string, category: string): number {
  const ser = chart.split('<c:ser>').find((part) => part.includes(`<c:v>${series}</c:v>`)) ?? ''
  const [cat = '', val = ''] = [ser.split('<c:cat>')[1] ?? '', ser.split('<c:val>')[1] ?? '']
  const labels = chartStrings(cat.split('</c:cat>')[0] ?? '')
  const index = labels.findIndex((label) => label.startsWith(category))
  const values = [...val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)]
  return Number(values.find((match) => Number(match[1]) === index)?.[2])
}

describe('support-agent deck', () => {
  it('has at least 8 slides and 5 native charts, and no pictures', () => {
    expect(deck.slides.length).toBeGreaterThanOrEqual(8)
    expect(deck.charts.length).toBeGreaterThanOrEqual(5)
    // Native: each chart is a chart part with its data in an embedded workbook, not an image.
    expect(deck.chartWorkbooks.length).toBe(deck.charts.length)
    expect(deck.paths.filter((path) => /^ppt\/media\/.+/.test(path))).toEqual([])
    const chartFrames = deck.slides.join('').match(/<c:chart [^>]*r:id=/g) ?? []
    expect(chartFrames.length).toBe(deck.charts.length)
  })

  it('opens with the workspace, scenario, month and the day it was made', () => {
    const title = slideText(deck.slides[0] ?? '')
    expect(title).toContain(doc.name)
    expect(title).toContain('Scenario: Baseline')
    expect(title).toContain('As of Dec 2026')
    expect(title).toContain('Generated Mar 5, 2026')
  })

  it('states the blended margin against the floor, with the zone in words', () => {
    const portfolio = compute(doc, { scenarioId: null, month: 0 }).portfolio
    const summary = slideTitled('Summary')
    expect(summary).toContain('64.0%')
    expect(summary).toContain('Blended gross margin of 64.0% is 9.0 pts above its 55% floor')
    expect(summary).toContain('Above floor')
    expect(summary).toContain(formatMoney(portfolio.revenue))
    expect(summary).toContain(formatMoney(portfolio.grossProfit))
    expect(summary).toContain('1 of 2')
    expect(summary).toContain('lowest Complex resolution at 10.0%')
  })

  it('charts each feature margin against its floor, lowest first, as percents', () => {
    const chart = deck.charts.find((xml) => xml.includes('<c:v>Floor</c:v>')) ?? ''
    expect(chartValue(chart, 'Gross margin', 'Complex resolution')).toBeCloseTo(10, 9)
    expect(chartValue(chart, 'Gross margin', 'Simple resolution')).toBeCloseTo(77.5, 9)
    expect(chartValue(chart, 'Floor', 'Complex resolution')).toBe(55)
    const labels = chartStrings(chart)
    expect(labels.indexOf('Complex resolution\n✗ Below floor')).toBeLessThan(
      labels.indexOf('Simple resolution\n✓ Above floor'),
    )
    expect(chart).toContain('formatCode="0.0&quot;%&quot;"')
    // Labelled axes: the value axis says what it measures, the category axis what it lists.
    expect(chart).toMatch(/<c:valAx>[\s\S]*<a:t>Gross margin<\/a:t>[\s\S]*<\/c:valAx>/)
    expect(chart).toMatch(/<c:catAx>[\s\S]*<a:t>Feature<\/a:t>[\s\S]*<\/c:catAx>/)
  })

  it('walks revenue down to gross profit with each amount', () => {
    const { revenue, grossProfit } = compute(doc, { scenarioId: null, month: 0 }).portfolio
    const chart = deck.charts.find((xml) => xml.includes('<c:v>Costs</c:v>')) ?? ''
    const labels = chartStrings(chart)
    expect(labels).toContain(`Revenue\n${formatMoney(revenue)}`)
    expect(labels).toContain(`Gross profit\n${formatMoney(grossProfit)}`)
    expect(chart).toContain('<c:grouping val="stacked"/>')
  })

  it('draws one forecast line per compared scenario', () => {
    const chart = deck.charts.find((xml) => xml.includes('Portfolio floor 55%')) ?? ''
    expect(chartStrings(chart)).toEqual(
      expect.arrayContaining(['Baseline', 'Price complex resolutions at $5']),
    )
    const forecast = slideTitled('Gross margin forecast')
    expect(forecast).toContain('72.3%')
  })

  it('lists the complex feature at risk with its breakeven price at its floor', () => {
    const atRisk = slideTitled('Features at risk')
    expect(atRisk).toContain('Complex resolution')
    expect(atRisk).toContain('Below floor')
    expect(atRisk).toContain('10.0%')
    expect(atRisk).toContain('$4.00')
    expect(atRisk).toContain('Complex resolution needs $4.00 per unit to meet its 55% floor')
  })

  it('compares the baseline with pricing complex tickets at $5', () => {
    const comparison = slideTitled('Scenario comparison')
    const priced = compute(doc, { scenarioId: 'price-complex', month: 0 }).portfolio
    expect(formatPct(priced.grossMarginPct)).toBe('72.3%')
    expect(comparison).toContain('72.3%')
    expect(comparison).toContain('77.5%')
    expect(comparison).toContain('Δ vs Baseline')
    expect(comparison).toContain('+54.0 pts')
  })

  it('leaves out the self-host slide: the workspace has no option', () => {
    expect(deck.slides.map(slideTitle).some((title) => title.startsWith('Self-hosting'))).toBe(
      false,
    )
  })

  it('ends with the assumptions: prices in force with their date, floors, growth, attribution', () => {
    const appendix = deck.slides
      .filter((xml) => slideTitle(xml).startsWith('Appendix'))
      .map(slideText)
      .join('\n')
    expect(appendix).toContain('GPT-4o')
    expect(appendix).toContain('$2.50')
    expect(appendix).toContain('May 13, 2024')
    expect(appendix).toContain('55.0%')
    expect(appendix).toContain('Monthly growth')
    expect(appendix).toContain('By usage (calls)')
  })
})
