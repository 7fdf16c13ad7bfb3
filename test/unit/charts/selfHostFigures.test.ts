import { describe, expect, it } from 'vitest'
import type { SelfHostResult } from '../../../shared/engine/results'
import {
  buildSelfHostMonthlyFigure,
  cheaperBands,
  cheaperMonths,
  selfHostMilestones,
  selfHostMonthLabel,
} from '../../../shared/charts/selfHostMonthlyFigure'
import {
  buildSelfHostVolumeFigure,
  crossoverLabel,
  volumeAxis,
} from '../../../shared/charts/selfHostVolumeFigure'

function monthLabel(t: number): string {
  const index = 2026 * 12 + t
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

// selfhost-70b.json (README): crossover in month 12, setup paid back in month 19, from $96,940
// of monthly API spend.
function result(crossoverMonth: number | null, paybackMonth: number | null): SelfHostResult {
  return {
    id: 'llama',
    crossoverMonth,
    paybackMonth,
    crossoverMonthlyTokens: 19_388_000_000,
    crossoverMonthlyApiSpend: 96_940,
    monthly: Array.from({ length: 36 }, (_, t) => ({
      month: monthLabel(t),
      tokens: 1e9 * (t + 1),
      apiCost: 5000 * (t + 1),
      selfHostCost: 60_000 + 10_000 * Math.ceil((t + 1) / 10),
      replicas: Math.ceil((t + 1) / 10),
    })),
  }
}

describe('self-host by month', () => {
  it('names crossover and payback months as dates', () => {
    const r = result(12, 19)
    expect(selfHostMonthLabel(r, 12)).toBe('Jan 2027')
    expect(selfHostMonthLabel(r, null)).toBeNull()
    expect(selfHostMonthLabel(r, 99)).toBeNull()
    // The markers say what the screen's cards say: "Self-host first cheaper", "Setup paid back".
    expect(selfHostMilestones(r).map((m) => [m.x, m.label])).toEqual([
      ['2027-01', 'Self-host first cheaper Jan 2027'],
      ['2027-08', 'Setup paid back Aug 2027'],
    ])
  })

  it('uses one marker when crossover and payback fall in the same month, none without', () => {
    expect(selfHostMilestones(result(5, 5)).map((m) => m.label)).toEqual([
      'Self-host first cheaper, setup paid back Jun 2026',
    ])
    expect(selfHostMilestones(result(null, null))).toEqual([])
  })

  it('labels a marker past the middle on the left of its line, so it stays on the plot', () => {
    const sides = selfHostMilestones(result(12, 30)).map((m) => m.labelSide)
    expect(sides).toEqual(['right', 'left'])
    const figure = buildSelfHostMonthlyFigure(result(12, 30))
    expect(figure.layout.annotations?.map((a) => a.xanchor)).toEqual(['left', 'right'])
  })

  it('draws both costs as month-long steps, replicas in the hover, and marks the months', () => {
    const figure = buildSelfHostMonthlyFigure(result(12, 19))
    const [api, selfHost] = figure.data
    expect(api?.y).toHaveLength(36)
    // Both held across their month: the lines cross only where a month's figures do.
    expect(api?.line?.shape).toBe('hv')
    expect(selfHost?.line?.shape).toBe('hv')
    expect((selfHost?.text as string[])[0]).toBe('$70,000 (1 replica)')
    expect((selfHost?.text as string[])[10]).toBe('$80,000 (2 replicas)')
    const lines = figure.layout.shapes?.filter((s) => s.type === 'line')
    expect(lines?.map((s) => s.x0)).toEqual(['2027-01', '2027-08'])
  })

  it('runs the cost axis from zero to a fifth over the dearest month, for the labels on top', () => {
    // The dearest month: API $180,000 in month 35.
    expect(buildSelfHostMonthlyFigure(result(12, 19)).layout.yaxis?.range).toEqual([0, 216_000])
  })
})

describe('months self-host is cheaper', () => {
  // Cheaper in months 2-3 and 5-7 of 8; a replica added in month 4 makes it dearer again.
  const apiCosts = [10, 20, 40, 40, 40, 60, 60, 60]
  const selfHostCosts = [30, 30, 30, 30, 50, 50, 50, 50]
  const bumpy: SelfHostResult = {
    ...result(2, null),
    monthly: apiCosts.map((apiCost, t) => ({
      month: monthLabel(t),
      tokens: 1,
      apiCost,
      selfHostCost: selfHostCosts[t] ?? 0,
      replicas: 1,
    })),
  }

  it('are every month at or below the API, not every month after the first', () => {
    expect(cheaperMonths(bumpy)).toEqual([2, 3, 5, 6, 7])
  })

  it('are shaded one band per run, each to the start of the next month, one legend entry', () => {
    const bands = cheaperBands(bumpy)
    expect(bands.map((b) => [b.x0, b.x1])).toEqual([
      [monthLabel(2), monthLabel(4)],
      // The last run stops at the axis' last month.
      [monthLabel(5), monthLabel(7)],
    ])
    expect(bands.map((b) => b.showlegend)).toEqual([true, false])
    expect(bands[0]?.name).toBe('Self-host cheaper')
    // The payback marker's green, see-through.
    expect(bands[0]?.fillcolor).toBe('rgba(46, 125, 50, 0.12)')
  })
})

describe('self-host by volume', () => {
  const points = Array.from({ length: 11 }, (_, i) => ({
    tokens: i * 4e9,
    apiCost: i * 20_000,
    selfHostCost: 60_000,
    replicas: 1,
  }))
  const curve = { points, crossoverMonthlyTokens: 12e9, crossoverMonthlyApiSpend: 60_000 }

  it('labels the crossover spend and volume', () => {
    expect(crossoverLabel(curve)).toBe('Crossover: $60,000/month API spend (12B tokens)')
    expect(
      crossoverLabel({ points, crossoverMonthlyTokens: null, crossoverMonthlyApiSpend: null }),
    ).toBeNull()
  })

  it('keeps a linear sweep from zero on a linear axis', () => {
    expect(volumeAxis(points)).toEqual({ logX: false, shown: points })
  })

  it('goes log, dropping zero volume, when the curve spans orders of magnitude', () => {
    const wide = [0, 1e6, 1e8, 1e10].map((tokens) => ({ ...points[0]!, tokens }))
    const axis = volumeAxis(wide)
    expect(axis.logX).toBe(true)
    expect(axis.shown.map((p) => p.tokens)).toEqual([1e6, 1e8, 1e10])
  })

  it('marks the crossover at its volume: the line at the value, the label at log10 on a log axis', () => {
    const linear = buildSelfHostVolumeFigure(curve)
    expect(linear.layout.shapes?.[0]?.x0).toBe(12e9)
    expect(linear.layout.annotations?.[0]?.x).toBe(12e9)
    const wide = [1e6, 1e8, 1e10, 1e11].map((tokens) => ({ ...points[1]!, tokens }))
    const log = buildSelfHostVolumeFigure({ ...curve, points: wide })
    expect(log.layout.shapes?.[0]?.x0).toBe(12e9)
    expect(log.layout.annotations?.[0]?.x).toBeCloseTo(Math.log10(12e9), 12)
  })
})
