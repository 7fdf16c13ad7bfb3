/**
 * Names people type are text in the deck: a formula-looking feature name stays inert on the
 * slides and in the workbook behind each chart, and long names wrap or end in "…" instead of
 * running off a slide.
 */
import { describe, expect, it } from 'vitest'
import type { WorkspaceDoc } from '../../../shared/model/types'
import { exampleDocument } from '../../fixtures/documents'
import { chartStrings, deckOf, slideText, slideTitle } from './deckParts'

const FORMULA = '=HYPERLINK("http://example.invalid","x")'

function withNames(
  doc: WorkspaceDoc,
  names: { workspace?: string; feature?: string; cohort?: string; scenario?: string },
): WorkspaceDoc {
  return {
    ...doc,
    name: names.workspace ?? doc.name,
    features: doc.features.map((f) =>
      f.id === 'complex' ? { ...f, name: names.feature ?? f.name } : f,
    ),
    cohorts: doc.cohorts.map((c) => ({ ...c, name: names.cohort ?? c.name })),
    scenarios: doc.scenarios.map((s) =>
      s.id === 'price-complex' ? { ...s, name: names.scenario ?? s.name } : s,
    ),
  }
}

const compared = { compare: [null, 'price-complex'] }

describe('a feature named like a formula', () => {
  it('is shown as typed, and nothing on a slide links anywhere', async () => {
    const deck = await deckOf(
      withNames(exampleDocument('support-agent.json'), { feature: FORMULA }),
      compared,
    )
    const text = deck.slides.map(slideText).join('\n')
    expect(text).toContain(FORMULA)
    expect(text).toContain(`${FORMULA} margin`)
    const xml = [...deck.slides, ...deck.layouts, ...deck.charts].join('')
    expect(xml).not.toContain('hlinkClick')
    expect(deck.relationships.join('')).not.toMatch(
      /hyperlink|example\.invalid|TargetMode="External"/,
    )
  })

  it('is a string in every chart workbook, never a formula', async () => {
    const deck = await deckOf(
      withNames(exampleDocument('support-agent.json'), { feature: FORMULA }),
      compared,
    )
    expect(deck.chartWorkbooks.length).toBe(deck.charts.length)
    for (const workbook of deck.chartWorkbooks) {
      for (const [path, xml] of workbook) {
        if (path.startsWith('xl/worksheets/')) expect(xml).not.toMatch(/<f[\s>]/)
      }
    }
    const strings = deck.chartWorkbooks.map(
      (workbook) => workbook.get('xl/sharedStrings.xml') ?? '',
    )
    expect(strings.some((xml) => xml.includes('<t>=HYPERLINK(&quot;'))).toBe(true)
    // The chart's own references point at cells, never carry the name.
    for (const chart of deck.charts) {
      for (const match of chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)) {
        expect(match[1]).toMatch(/^Sheet1!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/)
      }
    }
  })
})

describe('long names', () => {
  const long = (what: string) =>
    `${what} ${'with a very long descriptive name that keeps going '.repeat(6)}end`.trim()
  const doc = withNames(exampleDocument('support-agent.json'), {
    workspace: long('Workspace'),
    feature: long('Feature'),
    cohort: long('Cohort'),
    scenario: long('Scenario'),
  })

  it('end in "…" on chart labels, table cells, titles and the footer', async () => {
    const deck = await deckOf(doc, {
      scenarioId: 'price-complex',
      compare: [null, 'price-complex'],
    })
    const labels = deck.charts.flatMap(chartStrings)
    const featureLabel = labels.find((label) => label.startsWith('Feature with'))
    expect(featureLabel).toMatch(/…\n✓ Above floor$/)
    expect(featureLabel?.split('\n').length).toBe(3)
    const cohortLabel = labels.find((label) => label.startsWith('Cohort with')) ?? ''
    expect(cohortLabel.endsWith('…')).toBe(true)
    expect(cohortLabel.split('\n').length).toBeLessThanOrEqual(2)

    const title = slideText(deck.slides[0] ?? '')
    expect(title).toMatch(/Workspace with a very long[^\n]*…/)
    const appendix = slideText(
      deck.slides.find((xml) => slideTitle(xml).startsWith('Appendix')) ?? '',
    )
    const cell = appendix.split('\n').find((line) => line.startsWith('Feature with')) ?? ''
    expect(cell.endsWith('…')).toBe(true)
    expect(cell.length).toBeLessThan(long('Feature').length)

    const footer = slideText(deck.layouts.find((xml) => xml.includes('Workspace with')) ?? '')
    expect(footer).toMatch(/^Workspace with[^·]*… · Scenario with[^·]*… · Dec 2026$/m)
  })

  it('are shortened inside sentences and headers, so the figures around them stay', async () => {
    const deck = await deckOf(doc, {
      scenarioId: 'price-complex',
      compare: [null, 'price-complex'],
    })
    const text = (title: string) =>
      slideText(deck.slides.find((xml) => slideTitle(xml) === title) ?? '')
    expect(text('Gross margin forecast')).toMatch(
      /^Scenario with [^\n]*… gross margin: 72\.3% in Dec 2026, 72\.3% by Nov 2027\.$/m,
    )
    expect(text('Appendix: assumptions')).toMatch(
      /as in force in Dec 2026 under Scenario with[^\n]*…$/m,
    )
    const header = text('Scenario comparison')
      .split('\n')
      .find((line) => line.startsWith('Scenario with'))
    expect(header?.endsWith('…')).toBe(true)
    expect(header?.length).toBeLessThan(long('Scenario').length / 2)
  })
})
