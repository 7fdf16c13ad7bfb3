import { describe, expect, it } from 'vitest'
import { actualsReport } from '../../../../shared/actuals/analysis/report'
import type { UnmatchedCount } from '../../../../shared/actuals/types'
import { aggregate, supportAgent } from './aggregates'

const unmatched = (day: string, rows: number, cost: number): UnmatchedCount => ({
  day,
  value: 'billing-bot',
  rows,
  cost,
})

describe('actualsReport', () => {
  const aggregates = [
    // 1M input tokens at $2.50, billed $2.60.
    aggregate({ day: '2027-04-01', units: 40, calls: 360, inputTokens: 1e6, reportedCost: 2.6 }),
    // Not billed: costs what the price book says, 0.2M output tokens at $10.
    aggregate({ day: '2027-04-02', units: 10, calls: 90, outputTokens: 200_000 }),
    aggregate({ day: '2027-04-02', featureId: 'complex', units: 5, calls: 180, reportedCost: 1 }),
  ]

  it('totals each feature over the window, revenue estimated at $2 a ticket', () => {
    const report = actualsReport({
      doc: supportAgent(),
      aggregates,
      unmatched: [unmatched('2027-04-02', 7, 0.5), unmatched('2027-04-01', 3, 0.25)],
      revenue: [],
    })
    expect(report.from).toBe('2027-04-01')
    expect(report.to).toBe('2027-04-02')
    const [simple, complex] = report.features
    expect(simple).toMatchObject({ id: 'simple', units: 50, calls: 450, revenue: 100 })
    expect(simple!.cost).toBeCloseTo(4.6, 12)
    expect(simple!.expectedCost).toBeCloseTo(4.5, 12)
    expect(simple!.revenueEstimated).toBe(true)
    // (100 − 4.60)/100.
    expect(simple!.grossMarginPct).toBeCloseTo(95.4, 9)
    // Billed $1 for tokens the aggregate does not list: the price book says $0.
    expect(complex).toMatchObject({ id: 'complex', units: 5, calls: 180, cost: 1, expectedCost: 0 })
    expect(complex).toMatchObject({ revenue: 10, grossMarginPct: 90 })
    expect(report.unmatched).toEqual({ rows: 10, cost: 0.75 })
  })

  it('counts only the unmatched rows of the window asked for', () => {
    const report = actualsReport({
      doc: supportAgent(),
      aggregates,
      unmatched: [unmatched('2027-04-02', 7, 0.5), unmatched('2027-04-01', 3, 0.25)],
      revenue: [],
      from: '2027-04-02',
    })
    expect(report.features.map((feature) => [feature.id, feature.units])).toEqual([
      ['simple', 10],
      ['complex', 5],
    ])
    expect(report.unmatched).toEqual({ rows: 7, cost: 0.5 })
  })

  it('reports an import that matched nothing over the days of its unmatched rows', () => {
    const report = actualsReport({
      doc: supportAgent(),
      aggregates: [],
      unmatched: [unmatched('2027-04-03', 12, 4)],
      revenue: [],
    })
    expect(report).toEqual({
      from: '2027-04-03',
      to: '2027-04-03',
      features: [],
      unmatched: { rows: 12, cost: 4 },
    })
  })

  it('has no margin without revenue', () => {
    const report = actualsReport({
      doc: supportAgent(),
      aggregates: [
        aggregate({ day: '2027-04-01', featureId: 'unknown', units: 1, reportedCost: 1 }),
      ],
      unmatched: [],
      revenue: [],
    })
    expect(report.features).toEqual([
      {
        id: 'unknown',
        units: 1,
        calls: 0,
        cost: 1,
        expectedCost: 0,
        revenue: null,
        revenueEstimated: true,
        grossMarginPct: null,
      },
    ])
  })
})
