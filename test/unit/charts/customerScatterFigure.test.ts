import { describe, expect, it } from 'vitest'
import {
  bubbleSizes,
  buildCustomerScatterFigure,
  halfwaySplit,
  scatterThresholds,
} from '../../../shared/charts/customerScatterFigure'
import { cohortResult } from './fixtures'

// contract-analysis.json (README): the typical cohort at 93.94%, the heavy one at −37.37% and
// flagged; revenue per customer here is chosen to spread over two orders of magnitude.
const cohorts = [
  cohortResult('typical', 900, 89_100, 5_400),
  cohortResult('heavy', 100, 99_000, 136_000, ['cost-to-revenue-above-0.8']),
  cohortResult('small', 50, 1_000, 300),
  cohortResult('free', 400, 0, 1_400, ['no-revenue']),
]
const names = { typical: 'Typical seats', heavy: 'Heavy seats', small: 'Small teams' }

describe('scatterThresholds', () => {
  it('splits revenue per customer halfway between the lower and the upper half', () => {
    // Odd count: the middle value joins the upper half, the line falls between it and the one below.
    expect(halfwaySplit([990, 20, 80], true)).toBe(40) // sqrt(20 × 80)
    expect(halfwaySplit([100, 300, 500], false)).toBe(200)
    // Even count: between the two middle values.
    expect(halfwaySplit([100, 900, 1500, 10000], false)).toBe(1200)
    expect(halfwaySplit([100, 900, 1600, 10000], true)).toBe(1200) // sqrt(900 × 1600)
    // Revenue per customer: small $20, typical $99, heavy $990 (log axis); free is not plotted.
    const t = scatterThresholds({ cohorts, names, floorPct: 55 })
    expect(t.revenuePerCustomer).toBeCloseTo(Math.sqrt(20 * 99), 9)
    expect(t.marginPct).toBe(55)
  })

  it('takes a given revenue threshold over the halfway split', () => {
    const t = scatterThresholds({ cohorts, names, floorPct: 60, revenueThreshold: 500 })
    expect(t.revenuePerCustomer).toBe(500)
    expect(t.marginPct).toBe(60)
  })

  it('uses a log axis only when revenue per customer spans 20× or more', () => {
    expect(scatterThresholds({ cohorts, names, floorPct: 55 }).logX).toBe(true) // $20..$990
    const close = [cohortResult('a', 10, 1000, 100), cohortResult('b', 10, 5000, 100)]
    expect(scatterThresholds({ cohorts: close, names, floorPct: 55 }).logX).toBe(false) // $100..$500
  })
})

describe('buildCustomerScatterFigure', () => {
  const figure = buildCustomerScatterFigure({ cohorts, names, floorPct: 55 })

  it('labels a bubble near either edge towards the plot, not over the ticks', () => {
    const positions = Object.fromEntries(
      figure.data.flatMap((trace) =>
        ((trace.customdata ?? []) as string[]).map((id, index) => [
          id,
          (trace.textposition as unknown as string[])[index],
        ]),
      ),
    )
    // Revenue per customer $20, $99 and $990 on a log axis: left edge, middle, right edge.
    expect(positions).toEqual({ small: 'top right', typical: 'top center', heavy: 'top left' })
  })

  it('shades the high-revenue, below-floor quadrant and labels it', () => {
    const quadrant = figure.layout.shapes?.find((s) => s.type === 'rect')
    expect(quadrant?.x0).toBeCloseTo(Math.sqrt(20 * 99), 9)
    expect(quadrant?.y1).toBe(55)
    const range = figure.layout.yaxis?.range as number[]
    expect(quadrant?.y0).toBe(range[0])
    const label = figure.layout.annotations?.find(
      (a) => a.text === '<b>High revenue, low margin</b>',
    )
    // Bottom-right corner of the shaded area, in the band below the lowest margin (heavy, −37.4%).
    expect([label?.x, label?.xanchor, label?.y, label?.yanchor]).toEqual([
      1,
      'right',
      range[0],
      'bottom',
    ])
    expect(range[0]).toBeLessThan(-37.37 - 20)
  })

  it('draws no threshold line through a bubble when the cohort count is odd', () => {
    const line = figure.layout.shapes?.find((s) => s.type === 'line' && s.xref === 'x')
    const plotted = cohorts.flatMap((c) =>
      c.revenuePerCustomer === null || c.revenue === 0 ? [] : [c.revenuePerCustomer],
    )
    expect(plotted).toHaveLength(3)
    expect(plotted).not.toContain(line?.x0)
  })

  it('draws the threshold at its data value and names it in the axis title', () => {
    const line = figure.layout.shapes?.find((s) => s.type === 'line' && s.xref === 'x')
    expect(line?.x0).toBeCloseTo(Math.sqrt(20 * 99), 9)
    expect(figure.layout.xaxis?.type).toBe('log')
    expect(figure.layout.xaxis?.title).toEqual({
      text: 'Revenue per customer per month, log scale<br>dotted line: halfway split $44',
    })
    const given = buildCustomerScatterFigure({
      cohorts,
      names,
      floorPct: 55,
      revenueThreshold: 500,
    })
    expect(given.layout.xaxis?.title).toEqual({
      text: 'Revenue per customer per month, log scale<br>dotted line: threshold $500',
    })
  })

  it('colours cohorts by zone against the floor and flags them in the label', () => {
    const byName = Object.fromEntries(figure.data.map((t) => [t.name, t.customdata]))
    expect(byName).toEqual({
      '✗ Below floor': ['heavy'],
      '✓ Above floor': ['typical', 'small'],
    })
    const red = figure.data.find((t) => t.name === '✗ Below floor')
    expect(red?.text).toEqual(['Heavy seats ⚑'])
  })

  it('lists cohorts it cannot plot', () => {
    expect(figure.unplotted).toEqual(['free'])
  })

  it('sizes bubbles by the square root of customers, between fixed bounds', () => {
    const [big, quarter, none] = bubbleSizes([400, 100, 0])
    expect(big).toBe(48)
    expect(quarter).toBe(12 + 36 * 0.5)
    expect(none).toBe(12)
  })
})
