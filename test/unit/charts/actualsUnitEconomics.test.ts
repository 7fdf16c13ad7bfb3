import { describe, expect, it } from 'vitest'
import {
  buildUnitEconomicsFigure,
  costPerUnitColor,
  revenuePerUnitColor,
} from '../../../shared/charts/actualsUnitEconomicsFigure'
import { periodRow } from './actualsFixtures'

const rows = [
  periodRow('chat', '2026-10-01', { costPerUnit: 0.0031, revenuePerUnit: 0.01 }),
  periodRow('chat', '2026-10-02', { costPerUnit: 0.0042, revenuePerUnit: null, revenue: null }),
  periodRow('search', '2026-10-01', { costPerUnit: 9, revenuePerUnit: 9 }),
]

describe('buildUnitEconomicsFigure', () => {
  it("draws one feature's cost and revenue per unit by day, in their own colours", () => {
    const { data, layout } = buildUnitEconomicsFigure({ rows, featureId: 'chat' })
    expect(data.map((trace) => trace.name)).toEqual(['Cost per unit', 'Revenue per unit'])
    expect(data[0]?.x).toEqual(['2026-10-01', '2026-10-02'])
    expect(data[0]?.y).toEqual([0.0031, 0.0042])
    // A day without revenue is a gap in the line, never a zero.
    expect(data[1]?.y).toEqual([0.01, null])
    expect(data[0]?.line?.color).toBe(costPerUnitColor)
    expect(data[1]?.line?.color).toBe(revenuePerUnitColor)
    expect(data[1]?.line?.dash).toBeUndefined()
    // Per-unit costs live in fractions of a cent: the hover keeps them.
    expect(data[0]?.text).toEqual(['Oct 1, 2026: $0.0031', 'Oct 2, 2026: $0.0042'])
    expect(layout.xaxis?.type).toBe('date')
    expect(layout.yaxis?.tickprefix).toBe('$')
    expect(layout.yaxis?.rangemode).toBe('tozero')
  })

  it('names estimated revenue so and dots its line', () => {
    const estimated = rows.map((row) => ({ ...row, revenueEstimated: true }))
    const { data } = buildUnitEconomicsFigure({ rows: estimated, featureId: 'chat' })
    expect(data[1]?.name).toBe('Revenue per unit (estimated)')
    expect(data[1]?.line?.dash).toBe('dot')
  })

  it('draws markers alone for a single day, which a line cannot show', () => {
    const { data } = buildUnitEconomicsFigure({ rows, featureId: 'search' })
    expect(data.map((trace) => trace.mode)).toEqual(['markers', 'markers'])
  })
})
