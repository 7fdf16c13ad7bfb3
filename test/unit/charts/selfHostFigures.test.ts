import { describe, expect, it } from 'vitest'
import type { SelfHostResult } from '../../../shared/engine/results'
import {
  buildSelfHostMonthlyFigure,
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
    expect(selfHostMilestones(r).map((m) => [m.x, m.label])).toEqual([
      ['2027-01', 'Crossover Jan 2027'],
      ['2027-08', 'Payback Aug 2027'],
    ])
  })

  it('uses one marker when crossover and payback fall in the same month, none without', () => {
    expect(selfHostMilestones(result(5, 5)).map((m) => m.label)).toEqual([
      'Crossover and payback Jun 2026',
    ])
    expect(selfHostMilestones(result(null, null))).toEqual([])
  })

  it('draws self-host cost as steps with replicas in the hover, and marks the months', () => {
    const figure = buildSelfHostMonthlyFigure(result(12, 19))
    const [api, selfHost] = figure.data
    expect(api?.y).toHaveLength(36)
    expect(selfHost?.line?.shape).toBe('hv')
    expect((selfHost?.text as string[])[0]).toBe('$70,000 (1 replica)')
    expect((selfHost?.text as string[])[10]).toBe('$80,000 (2 replicas)')
    expect(figure.layout.shapes?.map((s) => s.x0)).toEqual(['2027-01', '2027-08'])
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
