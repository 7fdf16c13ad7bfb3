import { describe, expect, it } from 'vitest'
import { driverLabel, driversFigure } from '../../../shared/charts/driversFigure'
import type { Driver } from '../../../shared/simulation/types'

const driver = (path: string, rankCorrelation: number, varianceShare: number): Driver => ({
  path,
  paths: [path],
  rankCorrelation,
  varianceShare,
})

const drivers: Driver[] = [
  driver('features/chat/retryRatePct', -0.3, 0.1),
  {
    path: 'models/a/outputPerMTok',
    group: 'model prices',
    paths: ['models/a/outputPerMTok', 'models/a/inputPerMTok', 'models/b/outputPerMTok'],
    rankCorrelation: -0.8,
    varianceShare: 0.7,
  },
  driver('plans/pro/pricePerUnit', 0.4, 0.2),
]

const labelOf = (path: string) => `words for ${path.split('/').at(-1)}`

describe('driversFigure', () => {
  const figure = driversFigure(drivers, labelOf)

  it('labels a range by its input and a group by its name and size', () => {
    expect(driverLabel(drivers[0]!, labelOf)).toBe('words for retryRatePct')
    expect(driverLabel(drivers[1]!, labelOf)).toBe('group model prices (3 inputs)')
  })

  it('puts the biggest share on top', () => {
    expect(figure.layout.yaxis?.ticktext).toEqual([
      'group model prices (3 inputs)',
      'words for pricePerUnit',
      'words for retryRatePct',
    ])
    expect(figure.layout.yaxis?.autorange).toBe('reversed')
  })

  it('draws shares in percent, coloured by the direction of the effect', () => {
    const [raises, lowers] = figure.data
    expect(raises?.name).toBe('Higher value raises margin')
    expect(raises?.x).toEqual([20])
    expect(raises?.y).toEqual([1])
    expect(lowers?.x).toEqual([70, 10])
    expect(lowers?.y).toEqual([0, 2])
    expect(lowers?.text).toEqual(['70%', '10%'])
    expect(figure.layout.xaxis?.title).toEqual({ text: 'Share of the spread (%)' })
  })

  it('says a tiny share is under a tenth of a percent, not zero', () => {
    const tiny = driversFigure([driver('a/b', 0.01, 0.0004), driver('c/d', 0, 0)], labelOf)
    expect(tiny.data[0]?.text).toEqual(['<0.1%', '0%'])
  })

  it('wraps a long label onto a second line', () => {
    const long = driversFigure([drivers[0]!], () => 'Support agent · Agent loop · input tokens')
    expect(long.layout.yaxis?.ticktext).toEqual(['Support agent · Agent loop ·<br>input tokens'])
  })

  it('keeps the top N and counts the rest', () => {
    const short = driversFigure(drivers, labelOf, 2)
    expect(short.moreCount).toBe(1)
    expect(short.layout.yaxis?.tickvals).toEqual([0, 1])
  })
})
