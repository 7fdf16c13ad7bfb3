import { describe, expect, it } from 'vitest'
import { outcomeFanFigure } from '../../../shared/charts/outcomeFanFigure'
import type { ForecastBand, Percentiles } from '../../../shared/simulation/types'

/** Percentiles spread evenly around a middle: p5 = m − 2s … p95 = m + 2s. */
const spread = (middle: number, step: number): Percentiles => ({
  mean: middle,
  p5: middle - 2 * step,
  p25: middle - step,
  p50: middle,
  p75: middle + step,
  p95: middle + 2 * step,
})

const forecast: ForecastBand[] = [
  {
    month: '2026-12',
    grossMarginPct: spread(60, 2),
    grossProfit: spread(100_000, 5_000),
    deterministic: { grossMarginPct: 61, grossProfit: 101_000 },
  },
  {
    month: '2027-01',
    grossMarginPct: null,
    grossProfit: spread(0, 0),
    deterministic: { grossMarginPct: null, grossProfit: 0 },
  },
]

const byName = (figure: ReturnType<typeof outcomeFanFigure>, name: string) =>
  figure.data.filter((trace) => trace.name === name)

describe('outcomeFanFigure', () => {
  const margin = outcomeFanFigure(forecast, { metric: 'grossMarginPct', floorPct: 55 })

  it('draws the P5–P95 band from its edges, filled between them', () => {
    const [lower, upper] = byName(margin, 'P5–P95 (90% of draws)')
    expect(lower?.y).toEqual([56, null])
    expect(upper?.y).toEqual([64, null])
    expect(lower?.showlegend).toBe(false)
    expect(upper?.fill).toBe('tonexty')
  })

  it('draws the P25–P75 band darker than the outer one', () => {
    const [lower, upper] = byName(margin, 'P25–P75 (half of draws)')
    expect(lower?.y).toEqual([58, null])
    expect(upper?.y).toEqual([62, null])
    const [, outer] = byName(margin, 'P5–P95 (90% of draws)')
    const alpha = (color: unknown) => Number(/([\d.]+)\)$/.exec(String(color))?.[1])
    expect(alpha(upper?.fillcolor)).toBeGreaterThan(alpha(outer?.fillcolor))
  })

  it('dashes the median and draws the plan solid', () => {
    const [median] = byName(margin, 'Median (P50)')
    const [plan] = byName(margin, 'Plan')
    expect(median?.y).toEqual([60, null])
    expect(median?.line?.dash).toBe('dash')
    expect(plan?.y).toEqual([61, null])
    expect(plan?.line?.dash).toBe('solid')
  })

  it('marks the floor on the margin fan only', () => {
    const [floor] = byName(margin, 'Floor 55%')
    expect(floor?.y).toEqual([55, 55])
    const profit = outcomeFanFigure(forecast, { metric: 'grossProfit', floorPct: 55 })
    expect(byName(profit, 'Floor 55%')).toEqual([])
  })

  it('fans gross profit in dollars, with titled axes', () => {
    const profit = outcomeFanFigure(forecast, { metric: 'grossProfit' })
    const [lower, upper] = byName(profit, 'P5–P95 (90% of draws)')
    expect(lower?.y).toEqual([90_000, 0])
    expect(upper?.y).toEqual([110_000, 0])
    expect(profit.layout.yaxis?.title).toEqual({ text: 'Gross profit per month ($)' })
    expect(profit.layout.yaxis?.tickformat).toBe('$~s')
    expect(margin.layout.yaxis?.title).toEqual({ text: 'Gross margin (%)' })
    expect(margin.layout.xaxis?.title).toEqual({ text: 'Month' })
  })
})
