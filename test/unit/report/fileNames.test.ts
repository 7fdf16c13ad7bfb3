import { describe, expect, it } from 'vitest'
import { exportFileName, reportFileStem } from '../../../shared/report/fileNames'
import { exampleDocument } from '../../fixtures/documents'

const supportAgent = exampleDocument('support-agent.json')

describe('export file names', () => {
  it('say workspace, scenario, month and table, long names cut at a word', () => {
    const name = exportFileName(supportAgent, {
      format: 'csv',
      scenarioId: 'price-complex',
      compare: [],
      month: 2,
      csvTable: 'comparison',
    })
    // "Support agent: simple vs complex resolutions" is 43 characters as a slug: cut at "complex".
    expect(name).toBe(
      'support-agent-simple-vs-complex-price-complex-resolutions-at-5-2027-02-comparison.csv',
    )
  })

  it('name the baseline and leave out the table for a deck', () => {
    expect(
      exportFileName(supportAgent, { format: 'pptx', scenarioId: null, compare: [], month: 0 }),
    ).toBe('support-agent-simple-vs-complex-baseline-2026-12.pptx')
  })

  it('cut a single long word at the limit', () => {
    const doc = { ...supportAgent, name: 'x'.repeat(60) }
    expect(reportFileStem(doc, null, 0)).toBe(`${'x'.repeat(40)}-baseline-2026-12`)
  })
})
