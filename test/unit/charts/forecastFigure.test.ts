import { describe, expect, it } from 'vitest'
import type { ForecastRow } from '../../../shared/engine/results'
import {
  buildForecastFigure,
  forecastHeight,
  forecastIsEmpty,
} from '../../../shared/charts/forecastFigure'

const row = (month: string, grossMarginPct: number | null, grossProfit: number): ForecastRow => ({
  month,
  revenue: 0,
  cogs: 0,
  grossProfit,
  grossMarginPct,
})

// support-agent.json: baseline 64.0% and price-complex 72.3077% (README), $2M revenue at baseline.
const series = [
  { name: 'Baseline', forecast: [row('2026-12', 64, 1_280_000), row('2027-01', 64, 1_280_000)] },
  {
    name: 'Price complex at $5',
    forecast: [row('2026-12', 72.3077, 1_880_000), row('2027-01', null, 0)],
  },
]

describe('buildForecastFigure', () => {
  const figure = buildForecastFigure({ series, floorPct: 55 })

  it('draws a margin line and a gross-profit line per scenario, sharing a colour', () => {
    const traces = figure.data.filter((t) => t.legendgroup !== undefined)
    expect(traces.map((t) => [t.name, t.yaxis])).toEqual([
      ['Baseline', 'y'],
      ['Baseline', 'y2'],
      ['Price complex at $5', 'y'],
      ['Price complex at $5', 'y2'],
    ])
    expect(traces[0]?.y).toEqual([64, 64])
    expect(traces[1]?.y).toEqual([1_280_000, 1_280_000])
    // A month without a margin stays a gap, never a zero.
    expect(traces[2]?.y).toEqual([72.3077, null])
    expect(traces[0]?.line?.color).toBe(traces[1]?.line?.color)
    expect(traces[0]?.line?.color).not.toBe(traces[2]?.line?.color)
    expect(traces[1]?.showlegend).toBe(false)
  })

  it('draws the portfolio floor dashed across every month', () => {
    const floor = figure.data.at(-1)
    expect(floor?.name).toBe('Portfolio floor 55%')
    expect(floor?.x).toEqual(['2026-12', '2027-01'])
    expect(floor?.y).toEqual([55, 55])
    expect(floor?.line?.dash).toBe('dash')
  })

  it('pads the margin axis past the highest margin and below the floor', () => {
    // Margins run 64 to 72.3077 and the floor is 55; 3 points of room either side.
    const [low, high] = figure.layout.yaxis?.range as [number, number]
    expect(low).toBeCloseTo(52, 9)
    expect(high).toBeCloseTo(75.3077, 9)
    // A floor above every margin still shows, with room above it.
    const aboveAll = buildForecastFigure({ series, floorPct: 80 })
    expect(aboveAll.layout.yaxis?.range).toEqual([61, 83])
  })

  it('pads the profit axis by a tenth of its span, not below zero when no month loses money', () => {
    // Profits run $0 (the month without a margin) to $1,880,000: $188,000 spare above.
    expect(figure.layout.yaxis2?.range).toEqual([0, 2_068_000])
    const flat = buildForecastFigure({
      series: [{ name: 'Flat', forecast: [row('2026-12', 50, -1000), row('2027-01', 50, -1000)] }],
      floorPct: 55,
    })
    expect(flat.layout.yaxis2?.range).toEqual([-1100, -900])
    // A flat $0 gets dollars of room, not cents (which Plotly labels "$100m", milli-dollars).
    const zero = buildForecastFigure({
      series: [{ name: 'Zero', forecast: [row('2026-12', null, 0), row('2027-01', null, 0)] }],
      floorPct: 55,
    })
    expect(zero.layout.yaxis2?.range).toEqual([0, 10])
  })

  it('is empty when no month of any scenario has revenue or costs', () => {
    const blank = [{ name: 'Baseline', forecast: [row('2026-12', null, 0)] }]
    expect(forecastIsEmpty(blank)).toBe(true)
    expect(forecastIsEmpty([{ name: 'Baseline', forecast: [] }])).toBe(true)
    // Costs without revenue are a forecast: a loss every month.
    const costs = [{ name: 'Baseline', forecast: [{ ...row('2026-12', null, -500), cogs: 500 }] }]
    expect(forecastIsEmpty(costs)).toBe(false)
    expect(forecastIsEmpty([...blank, ...costs])).toBe(false)
  })

  it('puts a 12px horizontal legend above the plot', () => {
    const legend = figure.layout.legend
    expect(legend?.orientation).toBe('h')
    expect(legend?.y).toBe(1)
    expect(legend?.yanchor).toBe('bottom')
    expect(legend?.font?.size).toBe(12)
  })

  it('hangs the margin title below the line the legend stands on, above the margin panel', () => {
    // However many rows the legend wraps into, it grows up from y = 1 and the title down from it.
    const title = figure.layout.annotations?.find((a) => a.text === '<b>Gross margin</b>')
    expect(title?.yref).toBe('paper')
    expect(title?.y).toBe(figure.layout.legend?.y)
    expect(title?.yanchor).toBe('top')
    const [, marginTop] = figure.layout.yaxis?.domain as [number, number]
    expect(marginTop).toBeLessThan(1)
  })

  it('grows a legend row taller for every scenario past the second, so the panels keep theirs', () => {
    expect(figure.layout.height).toBe(400)
    const five = Array.from({ length: 5 }, (_, i) => ({ ...series[0]!, name: `Scenario ${i}` }))
    expect(forecastHeight(five)).toBe(400 + 3 * 28)
    expect(buildForecastFigure({ series: five, floorPct: 55 }).layout.height).toBe(484)
  })

  it('formats hover values', () => {
    expect(figure.data[0]?.text).toEqual(['64.0%', '64.0%'])
    expect(figure.data[1]?.text).toEqual(['$1,280,000', '$1,280,000'])
  })
})
