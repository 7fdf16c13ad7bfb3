import { describe, expect, it } from 'vitest'
import { compareScenarios } from '../../../shared/engine/compare'
import { exampleDocument } from '../../fixtures/documents'

const supportAgent = exampleDocument('support-agent.json')

describe('compareScenarios', () => {
  it('gives one column per scenario asked for, in that order, the baseline named Baseline', () => {
    const { columns } = compareScenarios(supportAgent, [
      null,
      'price-complex',
      'route-mini',
      'fire-drill',
    ])
    expect(columns.map((c) => [c.scenarioId, c.name])).toEqual([
      [null, 'Baseline'],
      ['price-complex', 'Price complex resolutions at $5'],
      ['route-mini', 'Route 30% of complex calls to mini'],
      ['fire-drill', 'OpenAI doubles prices'],
    ])
  })

  it("holds each scenario's month-0 results (examples README)", () => {
    const { columns } = compareScenarios(supportAgent, [
      null,
      'price-complex',
      'route-mini',
      'fire-drill',
    ])
    const [baseline, priceComplex, routeMini, fireDrill] = columns.map((c) => c.result)
    const complex = (result: typeof baseline) =>
      result?.features.find((f) => f.id === 'complex')?.grossMarginPct
    expect(baseline?.month).toBe('2026-12')
    expect(baseline?.portfolio.grossMarginPct).toBeCloseTo(64, 9)
    expect(complex(baseline)).toBeCloseTo(10, 9)
    expect(priceComplex?.portfolio.grossMarginPct).toBeCloseTo(72.3077, 4)
    expect(complex(priceComplex)).toBeCloseTo(64, 9)
    expect(complex(routeMini)).toBeCloseTo(74.152, 3)
    expect(fireDrill?.portfolio.grossMarginPct).toBeCloseTo(28, 9)
  })

  it('evaluates the month asked for', () => {
    const doc = exampleDocument('selfhost-70b.json')
    const { columns } = compareScenarios(doc, [null], 12)
    expect(columns[0]?.result.month).toBe('2027-12')
    // 25,000 seats growing 8% a month for 12 months, at $40 a seat.
    expect(columns[0]?.result.portfolio.revenue).toBeCloseTo(25_000 * 1.08 ** 12 * 40, 6)
  })

  it('compares the same scenario twice and nothing at all', () => {
    expect(compareScenarios(supportAgent, []).columns).toEqual([])
    const { columns } = compareScenarios(supportAgent, ['fire-drill', 'fire-drill'])
    expect(columns[0]).toEqual(columns[1])
  })

  it('refuses an unknown scenario', () => {
    expect(() => compareScenarios(supportAgent, [null, 'nope'])).toThrow('unknown scenario "nope"')
  })
})
