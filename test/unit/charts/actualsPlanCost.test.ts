import { describe, expect, it } from 'vitest'
import type { MonthFigures, PlanVsActualMonth } from '../../../shared/actuals/analysis/planVsActual'
import { buildPlanCostFigure, cumulativeCost } from '../../../shared/charts/actualsPlanCostFigure'
import { periodRow } from './actualsFixtures'

const figures = (cost: number): MonthFigures => ({
  units: 0,
  cost,
  costPerUnit: null,
  revenue: null,
  grossMarginPct: null,
})

/** November, 30 days, data through the 28th: two days left at $5 a day. */
const comparison: PlanVsActualMonth = {
  month: '2026-11',
  planned: figures(40),
  monthToDate: figures(30),
  projected: figures(40),
  overPlanPct: 0,
  crossingDay: null,
  summary: '',
}

const rows = [
  periodRow('chat', '2026-10-31', { cost: 100 }),
  periodRow('chat', '2026-11-01', { cost: 10 }),
  periodRow('chat', '2026-11-28', { cost: 5 }),
  periodRow('search', '2026-11-01', { cost: 15 }),
]

describe('cumulativeCost', () => {
  it("sums the month's days through asOf, then adds the projected rate to the month's end", () => {
    const { actual, projected } = cumulativeCost({
      rows,
      featureId: null,
      comparison,
      asOf: '2026-11-28',
    })
    expect(actual.x).toHaveLength(28)
    expect(actual.y[0]).toBe(25)
    expect(actual.y.at(-1)).toBe(30)
    // (projected 40 − to date 30) over the two days left; the line joins the actual one.
    expect(projected.x).toEqual(['2026-11-28', '2026-11-29', '2026-11-30'])
    expect(projected.y).toEqual([30, 35, 40])
  })

  it('keeps to one feature when asked', () => {
    const { actual } = cumulativeCost({
      rows,
      featureId: 'chat',
      comparison,
      asOf: '2026-11-28',
    })
    expect(actual.y[0]).toBe(10)
  })

  it('projects nothing for a month that is over', () => {
    const { projected } = cumulativeCost({
      rows,
      featureId: null,
      comparison,
      asOf: '2026-12-03',
    })
    expect(projected.x).toEqual([])
  })
})

describe('buildPlanCostFigure', () => {
  it('draws actual then projected cost against the plan as a dashed level', () => {
    const { data, layout } = buildPlanCostFigure({
      rows,
      featureId: null,
      comparison,
      asOf: '2026-11-28',
    })
    expect(data.map((trace) => [trace.name, trace.line?.dash])).toEqual([
      ['Actual', undefined],
      ['Projected at the last 7 days’ rate', 'dash'],
    ])
    const plan = layout.shapes?.[0]
    expect([plan?.y0, plan?.y1, plan?.name, plan?.line?.dash]).toEqual([40, 40, 'Plan $40', 'dash'])
    expect(layout.xaxis?.range).toEqual(['2026-11-01', '2026-11-30'])
    expect(layout.yaxis?.range?.[0]).toBe(0)
    expect(layout.yaxis?.range?.[1]).toBeCloseTo(44.8)
    expect(layout.annotations).toEqual([])
  })

  it('marks the day the cost passes the plan', () => {
    const { layout } = buildPlanCostFigure({
      rows,
      featureId: null,
      comparison: { ...comparison, planned: figures(28), crossingDay: 28 },
      asOf: '2026-11-28',
    })
    const [mark] = layout.annotations ?? []
    expect([mark?.x, mark?.y, mark?.text]).toEqual(['2026-11-28', 30, 'Passes the plan on day 28'])
  })
})
