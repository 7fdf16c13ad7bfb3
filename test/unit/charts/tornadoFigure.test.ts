import { describe, expect, it } from 'vitest'
import { buildTornadoFigure, topTornadoBars } from '../../../shared/charts/tornadoFigure'

const bar = (label: string, swing: number) => ({
  label,
  marginAtLow: 64 - swing / 2,
  marginAtHigh: 64 + swing / 2,
  swing,
})

describe('tornado', () => {
  const bars = [bar('retry rate', 2), bar('output price', 12), bar('cache hits', 5)]

  it('orders bars by swing, largest first', () => {
    expect(topTornadoBars(bars).shown.map((b) => b.label)).toEqual([
      'output price',
      'cache hits',
      'retry rate',
    ])
  })

  it('keeps the top N and counts the rest', () => {
    const many = Array.from({ length: 20 }, (_, i) => bar(`input ${i}`, i + 1))
    const { shown, moreCount } = topTornadoBars(many)
    expect(shown).toHaveLength(15)
    expect(shown[0]?.label).toBe('input 19')
    expect(moreCount).toBe(5)
    expect(buildTornadoFigure({ baseMarginPct: 64, bars: many }, 3).moreCount).toBe(17)
  })

  it('draws both sides from the base margin, largest swing on top', () => {
    const figure = buildTornadoFigure({ baseMarginPct: 64, bars })
    const [low, high] = figure.data
    expect(low?.base).toBe(64)
    expect(low?.x).toEqual([-6, -2.5, -1])
    expect(high?.x).toEqual([6, 2.5, 1])
    expect(low?.text).toEqual(['58.0%', '61.5%', '63.0%'])
    expect(figure.layout.yaxis?.ticktext).toEqual(['output price', 'cache hits', 'retry rate'])
    expect(figure.layout.yaxis?.autorange).toBe('reversed')
    expect(figure.layout.shapes?.[0]?.x0).toBe(64)
  })

  it('names the sides by the swing and draws no bar where the margin is missing', () => {
    const figure = buildTornadoFigure({
      baseMarginPct: 64,
      swingPct: 10,
      bars: [{ label: 'seat price', marginAtLow: null, marginAtHigh: 66, swing: 0 }],
    })
    const [low, high] = figure.data
    expect([low?.name, high?.name]).toEqual(['Input −10%', 'Input +10%'])
    expect(low?.x).toEqual([null])
    expect(low?.text).toEqual(['—'])
    expect(high?.x).toEqual([2])
  })
})
