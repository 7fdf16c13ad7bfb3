/**
 * Every figure of the shared examples' README, each to as many decimals as the README prints
 * (toBeCloseTo's second argument).
 */
import { describe, expect, it } from 'vitest'
import { compute } from '../../../shared/engine'
import type { ComputeResult } from '../../../shared/engine/results'
import { exampleDocument } from '../../fixtures/documents'

const run = (file: string, scenarioId: string | null = null): ComputeResult =>
  compute(exampleDocument(file), { scenarioId })

const featureOf = (result: ComputeResult, id: string) => result.features.find((f) => f.id === id)!
const cohortOf = (result: ComputeResult, id: string) => result.cohorts.find((c) => c.id === id)!

describe('support-agent.json', () => {
  it('baseline: simple 77.5%, complex 10.0%, portfolio 64.0%, complex breakeven at floor $4.00', () => {
    const result = run('support-agent.json')
    expect(featureOf(result, 'simple').grossMarginPct).toBeCloseTo(77.5, 1)
    expect(featureOf(result, 'complex').grossMarginPct).toBeCloseTo(10.0, 1)
    expect(result.portfolio.grossMarginPct).toBeCloseTo(64.0, 1)
    expect(featureOf(result, 'complex').breakevenPriceAtFloor).toBeCloseTo(4.0, 2)
  })

  it('price-complex: complex 64.0%, portfolio 72.3077%', () => {
    const result = run('support-agent.json', 'price-complex')
    expect(featureOf(result, 'complex').grossMarginPct).toBeCloseTo(64.0, 1)
    expect(result.portfolio.grossMarginPct).toBeCloseTo(72.3077, 4)
  })

  it('fire-drill: portfolio 28.0%', () => {
    expect(run('support-agent.json', 'fire-drill').portfolio.grossMarginPct).toBeCloseTo(28.0, 1)
  })

  it('route-mini (child of price-complex): complex 74.152%', () => {
    const result = run('support-agent.json', 'route-mini')
    expect(featureOf(result, 'complex').grossMarginPct).toBeCloseTo(74.152, 3)
  })
})

describe('contract-analysis.json', () => {
  it('baseline: portfolio 80.8081%, P95 cost per document $0.87, typical 93.94%, heavy −37.37% flagged', () => {
    const result = run('contract-analysis.json')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(80.8081, 4)
    expect(featureOf(result, 'contract').costPerUnitP95).toBeCloseTo(0.87, 2)
    expect(cohortOf(result, 'typical').grossMarginPct).toBeCloseTo(93.94, 2)
    const heavy = cohortOf(result, 'heavy')
    expect(heavy.grossMarginPct).toBeCloseTo(-37.37, 2)
    expect(heavy.flags).toEqual(['cost-to-revenue-above-0.8'])
    expect(cohortOf(result, 'typical').flags).toEqual([])
  })

  it('guardrails: portfolio 92.0464%', () => {
    const result = run('contract-analysis.json', 'guardrails')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(92.0464, 4)
  })
})

describe('devtools-freemium.json', () => {
  it('baseline: portfolio 62.6667%, Pro 68.89%, free costs $1,400 and needs 94 conversions', () => {
    const result = run('devtools-freemium.json')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(62.6667, 4)
    expect(cohortOf(result, 'pro-users').grossMarginPct).toBeCloseTo(68.89, 2)
    const free = cohortOf(result, 'free-users')
    expect(free.cogs).toBeCloseTo(1400, 0)
    expect(free.conversionBreakevenCustomers).toBe(94)
  })

  it('free-guardrails: portfolio 68.0%', () => {
    const result = run('devtools-freemium.json', 'free-guardrails')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(68.0, 1)
  })
})

describe('selfhost-70b.json', () => {
  it('baseline: portfolio 85.8857%; self-hosting wins from $96,940 a month, in month 12, paid back in month 19', () => {
    const result = run('selfhost-70b.json')
    expect(result.portfolio.grossMarginPct).toBeCloseTo(85.8857, 4)
    const [option] = result.selfHost
    expect(option?.crossoverMonthlyApiSpend).toBeCloseTo(96_940, 0)
    expect(option?.crossoverMonth).toBe(12)
    expect(option?.paybackMonth).toBe(19)
  })

  it('price-cuts: no crossover within the 36 months', () => {
    const result = run('selfhost-70b.json', 'price-cuts')
    expect(result.forecast).toHaveLength(36)
    expect(result.selfHost[0]?.monthly).toHaveLength(36)
    expect(result.selfHost[0]?.crossoverMonth).toBeNull()
    expect(result.selfHost[0]?.paybackMonth).toBeNull()
  })
})
