/** compute: the result of DESIGN.md §5, its field order, the forecast and scenario months. */
import { describe, expect, it } from 'vitest'
import { compute, evaluateMonth, evaluateScenarios, timeline } from '../../../shared/engine'
import { scenarioOverrides } from '../../../shared/model/overrides'
import { exampleDocument } from '../../fixtures/documents'

describe('compute', () => {
  const doc = exampleDocument('devtools-freemium.json')
  const result = compute(doc, { scenarioId: 'free-guardrails', month: 2 })

  it('lists the fields of §5 in its order', () => {
    expect(Object.keys(result)).toEqual([
      'scenarioId',
      'month',
      'portfolio',
      'layers',
      'features',
      'cohorts',
      'cacheBreakevenReuse',
      'forecast',
      'selfHost',
    ])
    expect(Object.keys(result.portfolio)).toEqual([
      'revenue',
      'cogs',
      'grossProfit',
      'grossMarginPct',
      'aiCogs',
      'aiCogsPctOfRevenue',
      'floorPct',
      'zone',
    ])
    expect(Object.keys(result.layers)).toEqual([
      'inference',
      'orchestration',
      'infrastructure',
      'support',
      'hidden',
      'fixed',
      'platform',
    ])
    expect(Object.keys(result.features[0]!)).toEqual([
      'id',
      'units',
      'revenue',
      'cogs',
      'grossProfit',
      'grossMarginPct',
      'revenuePerUnit',
      'costPerUnit',
      'variableCostPerUnit',
      'costPerUnitP95',
      'p95MarginPct',
      'floorPct',
      'zone',
      'breakevenPriceAtFloor',
      'breakevenPriceAtZero',
      'breakevenUnits',
      'layers',
      'steps',
    ])
    expect(Object.keys(result.features[0]!.layers)).toEqual([
      'inference',
      'orchestration',
      'infrastructure',
      'support',
      'hidden',
      'fixed',
    ])
    expect(Object.keys(result.cohorts[1]!)).toEqual([
      'id',
      'customers',
      'seats',
      'revenue',
      'cogs',
      'grossMarginPct',
      'revenuePerCustomer',
      'revenuePerSeat',
      'cogsPerSeat',
      'aiCogsPerSeat',
      'costToRevenue',
      'zone',
      'flags',
      'conversionBreakevenCustomers',
    ])
    expect(Object.keys(result.forecast[0]!)).toEqual([
      'month',
      'revenue',
      'cogs',
      'grossProfit',
      'grossMarginPct',
    ])
  })

  it('labels the month, keeps document row order and gives one forecast row a month', () => {
    expect(result.scenarioId).toBe('free-guardrails')
    expect(result.month).toBe('2027-02')
    expect(result.features.map((f) => f.id)).toEqual(['completions', 'explain'])
    expect(result.cohorts.map((c) => c.id)).toEqual(['pro-users', 'free-users'])
    expect(Object.keys(result.cacheBreakevenReuse)).toEqual(['claude', 'local-7b'])
    expect(result.forecast.map((row) => row.month)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
    ])
    expect(result.selfHost).toEqual([])
  })

  it('gives each forecast row exactly the month’s own portfolio', () => {
    const overrides = scenarioOverrides(doc, 'free-guardrails')
    result.forecast.forEach((row, t) => {
      const { portfolio } = evaluateMonth(doc, t, overrides)
      expect(row).toEqual({
        month: row.month,
        revenue: portfolio.revenue,
        cogs: portfolio.cogs,
        grossProfit: portfolio.grossProfit,
        grossMarginPct: portfolio.grossMarginPct,
      })
    })
  })

  it('evaluates each month with the overrides in force then', () => {
    const dated = exampleDocument('support-agent.json')
    dated.scenarios.push({
      id: 'later',
      name: 'Price rise in month 3',
      overrides: [{ path: 'features/*/pricePerUnit', op: 'set', value: 4, fromMonth: 3 }],
    })
    const { forecast } = compute(dated, { scenarioId: 'later' })
    expect(forecast.slice(0, 3).map((row) => row.revenue)).toEqual([2e6, 2e6, 2e6])
    expect(forecast.slice(3).every((row) => row.revenue === 4e6)).toBe(true)
    expect(compute(dated, { scenarioId: 'later', month: 3 }).portfolio.revenue).toBe(4e6)
  })

  it('compares scenarios with the same numbers as one by one', () => {
    const ids = [null, 'free-guardrails']
    const together = evaluateScenarios(doc, ids, 1)
    ids.forEach((id, i) => {
      expect(together[i]).toEqual(evaluateMonth(doc, 1, scenarioOverrides(doc, id)))
    })
    const { forecast } = timeline(doc, scenarioOverrides(doc, 'free-guardrails'))
    expect(forecast).toEqual(result.forecast)
  })

  it('throws a clear error on an unknown scenario or a month that is not a whole month', () => {
    expect(() => compute(doc, { scenarioId: 'nope' })).toThrow('unknown scenario "nope"')
    expect(() => compute(doc, { month: -1 })).toThrow('month must be a whole number')
    expect(() => compute(doc, { month: 1.5 })).toThrow('month must be a whole number')
  })

  it('does not change the document', () => {
    const before = structuredClone(doc)
    compute(doc, { scenarioId: 'free-guardrails' })
    expect(doc).toEqual(before)
  })
})
