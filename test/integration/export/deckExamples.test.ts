/**
 * Every worked example and the demo workspace make a deck, each scenario compared; the self-host
 * example states its crossover, payback and breakeven spend (test/fixtures/examples README: from
 * $96,940 of monthly API spend, first in month 12, paid back in month 19).
 */
import { describe, expect, it } from 'vitest'
import { exampleDocument, exampleDocuments } from '../../fixtures/documents'
import { deckOf, slideText, slideTitle } from './deckParts'

describe('every example workspace', () => {
  it.each(exampleDocuments().map(({ name, doc }) => [name, doc] as const))(
    '%s makes a deck with native charts and a title on every content slide',
    async (_name, doc) => {
      const compare = [null, ...doc.scenarios.map((scenario) => scenario.id)]
      const deck = await deckOf(doc, { scenarioId: null, compare, month: 0 })
      expect(deck.slides.length).toBeGreaterThanOrEqual(8)
      expect(deck.charts.length).toBeGreaterThanOrEqual(5)
      expect(deck.chartWorkbooks.length).toBe(deck.charts.length)
      const selfHostSlides = deck.slides.filter((xml) => slideTitle(xml).startsWith('Self-hosting'))
      expect(selfHostSlides.length).toBe(doc.selfHost.length)
      for (const xml of deck.slides.slice(1)) expect(slideTitle(xml)).not.toBe('')
    },
  )
})

describe('the self-host example', () => {
  const doc = exampleDocument('selfhost-70b.json')
  const selfHostText = async (scenarioId: string | null) => {
    const deck = await deckOf(doc, { scenarioId, compare: [null, 'price-cuts'] })
    return slideText(deck.slides.find((xml) => slideTitle(xml).startsWith('Self-hosting')) ?? '')
  }

  it('states the crossover, the payback and the API spend self-hosting wins from', async () => {
    const text = await selfHostText(null)
    expect(text).toMatch(/Crossover\n\w{3} \d{4} \(month 12\)/)
    expect(text).toMatch(/Setup paid back\n\w{3} \d{4} \(month 19\)/)
    expect(text).toContain('$96,940 of API spend a month')
  })

  it('says the API stays cheaper when prices fall 30% a year', async () => {
    const text = await selfHostText('price-cuts')
    expect(text).toContain('The API stays cheaper')
    expect(text).toContain('None within the forecast')
  })
})
